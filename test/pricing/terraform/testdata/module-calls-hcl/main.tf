# The root module of ../module-calls/main.tf.json written in HCL: the same calls, the same report (its comment table
# shows the arithmetic; total 177.914 a month).

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "ireland"
  region = "eu-west-1"
}

locals {
  data_gb    = 40
  pool_names = ["a", "b", "c"]
}

resource "aws_instance" "base" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
  }
}

module "small" {
  source = "./modules/web"
}

module "large" {
  source        = "./modules/web"
  instance_type = "m5.large"
  disk_gb       = local.data_gb
}

module "pair" {
  source = "./modules/web"
  count  = 2
}

module "west" {
  source = "./modules/web"
  providers = {
    aws = aws.ireland
  }
}

module "pool" {
  source = "./modules/pool"
  names  = local.pool_names
}

module "copy" {
  source        = "./modules/web"
  instance_type = data.aws_ec2_instance_type.picked.instance_type
}

module "twin" {
  source        = "./modules/web"
  instance_type = aws_instance.base.instance_type
}

module "missing" {
  source = "./modules/nope"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}
