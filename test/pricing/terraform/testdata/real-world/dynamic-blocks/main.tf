# Extra volumes written as a dynamic block over a local map, as many public modules do: each generated block is a
# volume of the instance (us-east-1 prices).
#
# | address           | line                              | quantity × unit price  | monthly |
# | aws_instance.app  | Instance usage (t3.micro)         | 730 h × 0.0104         | 7.592   |
# |                   | Storage (root, gp2)               | 8 GB-mo × 0.10         | 0.80    |
# |                   | Storage (/dev/sdf, gp3), data     | 50 GB-mo × 0.08        | 4.00    |
# |                   | Storage (/dev/sdg, gp2), logs     | 20 GB-mo × 0.10        | 2.00    |
# | aws_instance.named| same shape, iterator "vol", 1 gp2 | 7.592 + 0.8 + 30 × 0.10 | 11.392 |
# Total: 14.392 + 11.392 = 25.784
provider "aws" {
  region = "us-east-1"
}

locals {
  volumes = {
    data = { device = "/dev/sdf", size = 50, type = "gp3" }
    logs = { device = "/dev/sdg", size = 20, type = "gp2" }
  }
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  dynamic "ebs_block_device" {
    for_each = local.volumes
    content {
      device_name = ebs_block_device.value.device
      volume_size = ebs_block_device.value.size
      volume_type = ebs_block_device.value.type
    }
  }
}

resource "aws_instance" "named" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  dynamic "ebs_block_device" {
    for_each = [30]
    iterator = vol
    content {
      device_name = "/dev/sdh"
      volume_size = vol.value
    }
  }
}
