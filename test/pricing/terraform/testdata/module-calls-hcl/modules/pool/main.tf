# A pool of web servers: calls ../web once per name (for_each), each a t3.small with 10 GB.

variable "names" {
  type    = list(string)
  default = []
}

module "node" {
  source   = "../web"
  for_each = toset(var.names)

  instance_type = "t3.small"
  disk_gb       = 10
}
