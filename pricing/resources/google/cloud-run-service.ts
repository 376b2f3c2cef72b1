import { Attributes, known } from "../../attributes";
import { Pricer } from "../../pricer";
import { addRunServiceLines, numOr, RUN_SERVICE_USAGE, runSize } from "./cloud-run-v2-service";

/** An annotation of `template.metadata`, or undefined when absent or not known before apply. */
function annotation(attrs: Attributes, key: string): string | undefined {
  return known(() => attrs.stringMap("template.metadata.annotations")[key]);
}

/**
 * `google_cloud_run_service` (Cloud Run Admin API v1), priced as `google_cloud_run_v2_service`: the instance size from
 * `template.spec.containers[].resources.limits`, instance-based billing when the annotation
 * `run.googleapis.com/cpu-throttling` is "false", minimum and maximum instances from `autoscaling.knative.dev/minScale`
 * and `maxScale`, concurrency from `template.spec.container_concurrency` (default 80).
 */
export const cloudRunService: Pricer = {
  type: "google_cloud_run_service",
  provider: "google",
  category: "compute",
  usage: RUN_SERVICE_USAGE,
  price(r, lines) {
    const size = runSize(r.attrs, "template.spec.containers");
    const min = Number(annotation(r.attrs, "autoscaling.knative.dev/minScale") ?? "0");
    const max = annotation(r.attrs, "autoscaling.knative.dev/maxScale");
    const concurrency = numOr(r.attrs, "template.spec.container_concurrency", 80);
    addRunServiceLines(lines, r.usage, {
      size,
      instanceBased: annotation(r.attrs, "run.googleapis.com/cpu-throttling") === "false",
      minInstances: Number.isInteger(min) && min > 0 ? min : 0,
      maxInstances: max !== undefined && Number.isInteger(Number(max)) ? Number(max) : undefined,
      concurrency: concurrency > 0 ? concurrency : 80,
    });
  },
};
