# A root module in HCL, written the way public examples are: variables with defaults, a null region falling back to
# the provider's, a conditional count, locals and a lookup map.
#
# | address              | lines                                                      | monthly  |
# | aws_instance.web[*]  | 2 × 730 h × 0.0104 (t3.micro, us-east-1) = 15.184          | 15.184   |
# |                      | root gp2 2 × 20 GB × 0.10 = 4                              | 4        |
# | aws_ebs_volume.data  | gp3 100 GB × 0.08 = 8                                      | 8        |
# Total: 15.184 + 4 + 8 = 27.184

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = coalesce(var.region, "us-east-1")
}

locals {
  sizes = {
    small = "t3.micro"
    large = "m5.large"
  }
}

resource "aws_instance" "web" {
  count         = var.create ? var.instances : 0
  ami           = "ami-0123456789abcdef0"
  instance_type = lookup(local.sizes, var.size, "t3.micro")

  root_block_device {
    volume_size = 20
  }

  tags = merge(var.tags, { Name = "web-${count.index}" })
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = local.data_volume_type
}
