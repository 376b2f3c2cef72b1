resource "aws_instance" "broken" {
  instance_type = 
}
