# An autoscaling group that names its launch configuration by reference, as tutorials write it: the name is known only
# after apply, so the group is priced from the configuration the reference points to.
#
# Instances: min 2, expected 3 (desired_capacity), max 4.
# | line (per instance)           | quantity | unit price   | per instance | 2 / 3 / 4 instances      |
# | Instance usage (t3.micro)     | 730 h    | 0.0104 / h   | 7.592        | 15.184 / 22.776 / 30.368 |
# | Storage (root, gp2)           | 8 GB-mo  | 0.10 / GB-mo | 0.8          | 1.6 / 2.4 / 3.2          |
# | total                         |          |              | 8.392        | 16.784 / 25.176 / 33.568 |
provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_configuration" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_autoscaling_group" "app" {
  name                 = "app"
  min_size             = 2
  desired_capacity     = 3
  max_size             = 4
  launch_configuration = aws_launch_configuration.app.name
  vpc_zone_identifier  = ["subnet-aaaa", "subnet-bbbb"]
}
