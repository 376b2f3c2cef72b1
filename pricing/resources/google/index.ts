import { Pricer } from "../../pricer";
import { computeDisk, computeRegionDisk } from "./compute-disk";
import { computeBackendBucket } from "./compute-backend-bucket";
import { computeBackendService } from "./compute-backend-service";
import { redisInstance } from "./redis-instance";
import { storageBucket } from "./storage-bucket";

/** Every Google pricer; one file per Terraform resource type. */
export const GOOGLE_PRICERS: readonly Pricer[] = [
  computeDisk,
  computeRegionDisk,
  computeBackendBucket,
  computeBackendService,
  redisInstance,
  storageBucket,
];
