import { describe, expect, it } from "vitest";
import { otherCli } from "@/lib/content/schema";

describe("otherCli", () => {
  it("finds another tool at the start of a command, after a pipe or separator, or in a substitution", () => {
    expect(otherCli("helm list -A")).toBe("helm");
    expect(otherCli("kubectl get pods -o json | jq .items\nargocd app list")).toBe("argocd");
    expect(otherCli("kubectl get nodes && gcloud container clusters list")).toBe("gcloud");
    expect(otherCli("for c in $(aws eks list-clusters); do echo $c; done")).toBe("aws");
  });

  it("ignores comments, and words that only contain a tool's name", () => {
    expect(otherCli("kubectl get pods   # or: helm status my-release")).toBeNull();
    expect(otherCli("# systemctl status kubelet on the node\nkubectl get nodes")).toBeNull();
    expect(otherCli("kubectl get deploy -l app=helmsman")).toBeNull();
    expect(otherCli("kubectl get pods -A -o wide")).toBeNull();
  });
});
