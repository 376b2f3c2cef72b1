# Blocks whose instances differ: a map of volumes read through each.key / each.value, and instances whose type is
# picked by count.index. Each instance is priced on its own (prices: us-east-1, aws-storage and aws-compute books).
#
# | address                         | what                         | quantity × unit price        | monthly |
# | aws_ebs_volume.disks["archive"] | gp2, 10 GB (each.value.size) | 10 GB-mo × 0.10              | 1.00    |
# | aws_ebs_volume.disks["scratch"] | gp3, 100 GB                  | 100 GB-mo × 0.08             | 8.00    |
# | aws_instance.node[0]            | t3.micro + 8 GB gp2 root     | 730 h × 0.0104 + 8 × 0.10    | 8.392   |
# | aws_instance.node[1]            | t3.small + 8 GB gp2 root     | 730 h × 0.0208 + 8 × 0.10    | 15.984  |
# | aws_ebs_volume.logs (count 3)   | gp2, 5 GB; only its tag      | 3 × 5 GB-mo × 0.10           | 1.50    |
# |                                 | differs, so priced as a whole |                             |         |
# Total: 1 + 8 + 8.392 + 15.984 + 1.5 = 34.876
provider "aws" {
  region = "us-east-1"
}

variable "disks" {
  default = {
    scratch = { size = 100, kind = "gp3" }
    archive = { size = 10, kind = "gp2" }
  }
}

locals {
  node_types = ["t3.micro", "t3.small"]
}

resource "aws_ebs_volume" "disks" {
  for_each          = var.disks
  availability_zone = "us-east-1a"
  size              = each.value.size
  type              = each.value.kind
  tags              = { Name = each.key }
}

resource "aws_instance" "node" {
  count         = length(local.node_types)
  ami           = "ami-0123456789abcdef0"
  instance_type = local.node_types[count.index]
}

resource "aws_ebs_volume" "logs" {
  count             = 3
  availability_zone = "us-east-1a"
  size              = 5
  tags              = { Name = "logs-${count.index}" }
}
