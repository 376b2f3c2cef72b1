import { Pricer } from "../../pricer";
import { fixed } from "../../range";

/**
 * `google_secret_manager_secret_version`: an active (enabled or disabled, not destroyed) secret version is billed per
 * month for each location it is replicated to: the number of `replication.user_managed.replicas` of its secret when the
 * secret is in this configuration and user-managed, else 1 (automatic replication). Global prices.
 */
export const secretManagerSecretVersion: Pricer = {
  type: "google_secret_manager_secret_version",
  provider: "google",
  category: "other",
  usage: [],
  region: () => "global",
  price(r, lines) {
    const ref = r.attrs.reference("secret");
    const secret = ref ? r.document.get(ref.address) : undefined;
    const replicas = secret?.type === "google_secret_manager_secret" ? secret.attrs.blocks("replication.user_managed.replicas").length : 0;
    const locations = Math.max(replicas, 1);
    lines.add({ name: `Active secret version (${locations} location${locations === 1 ? "" : "s"})`, unit: "version-months", priceId: "google/secret-manager/active-version", quantity: fixed(locations) });
  },
};
