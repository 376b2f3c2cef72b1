variable "region" {
  type    = string
  default = null
}

variable "create" {
  type    = bool
  default = true
}

variable "instances" {
  type    = number
  default = 2
}

variable "size" {
  type    = string
  default = "small"
}

variable "tags" {
  type    = map(string)
  default = {}
}

# A second file's locals block: every file's locals count (the volume type below comes from here).
locals {
  data_volume_type = "gp3"
}
