# A web server module: one instance with a gp3 root volume; its type and disk size are variables with defaults.

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "disk_gb" {
  type    = number
  default = 20
}

resource "aws_instance" "this" {
  ami           = "ami-0123456789abcdef0"
  instance_type = var.instance_type

  root_block_device {
    volume_size = var.disk_gb
    volume_type = "gp3"
  }
}
