import type { Platform } from "@/lib/validation/vocabulary";

/** One answer on the "Am I exposed?" form and what it means in the taxonomy. */
export type StackOption = { value: string; label: string; platform?: Platform; components?: string[]; tags?: string[] };
export type StackQuestion = { key: string; label: string; hint: string; single?: boolean; options: StackOption[] };

export const STACK_QUESTIONS: StackQuestion[] = [
  {
    key: "platform",
    label: "Platform",
    hint: "Where your clusters run.",
    single: true,
    options: [
      { value: "gke", label: "GKE", platform: "gke" },
      { value: "eks", label: "EKS", platform: "eks" },
      { value: "aks", label: "AKS", platform: "aks" },
      { value: "self-managed", label: "Self-managed (kubeadm, kops…)", platform: "self-managed" },
      { value: "local", label: "minikube / local", platform: "local" },
    ],
  },
  {
    key: "cni",
    label: "CNI and pod networking",
    hint: "The network plugin and how pods get addresses.",
    options: [
      { value: "calico", label: "Calico (BGP)", components: ["calico"], tags: ["cni-routing"] },
      { value: "cilium", label: "Cilium", components: ["cilium"], tags: ["cni-routing"] },
      { value: "aws-vpc-cni", label: "AWS VPC CNI", components: ["aws-vpc-cni"], tags: ["snat"] },
      { value: "weave-net", label: "Weave Net", components: ["weave-net"] },
      { value: "vpc-native", label: "GKE VPC-native (alias IP ranges)", tags: ["ip-exhaustion", "max-pods-per-node"] },
    ],
  },
  {
    key: "mesh",
    label: "Service mesh",
    hint: "Anything that routes between your services.",
    options: [
      { value: "linkerd", label: "Linkerd", components: ["linkerd"], tags: ["stale-endpoints", "version-incompatibility"] },
      { value: "istio", label: "Istio", components: ["istio"], tags: ["version-incompatibility"] },
    ],
  },
  {
    key: "admission",
    label: "Admission controllers",
    hint: "Validating or mutating webhooks in the API path.",
    options: [
      { value: "opa", label: "OPA / Gatekeeper", components: ["opa"], tags: ["admission-webhook"] },
      { value: "kyverno", label: "Kyverno", tags: ["admission-webhook"] },
      { value: "other-webhooks", label: "Other webhooks", tags: ["admission-webhook"] },
    ],
  },
  {
    key: "operators",
    label: "Operators",
    hint: "Controllers that run stateful systems for you.",
    options: [
      { value: "redis-operator", label: "Redis operator", components: ["redis-operator", "redis"], tags: ["readiness-probe"] },
      { value: "database-operator", label: "Another database operator", tags: ["operator-bug", "readiness-probe", "data-loss"] },
    ],
  },
  {
    key: "upgrades",
    label: "How you upgrade",
    hint: "Kubernetes and the nodes' operating system.",
    options: [
      { value: "in-place", label: "In place (kubeadm or similar)", components: ["kubeadm"], tags: ["in-place-upgrade", "removed-label"] },
      { value: "managed", label: "Managed control-plane upgrades", tags: ["control-plane-upgrade"] },
      {
        value: "os-auto",
        label: "Nodes install OS updates themselves",
        components: ["unattended-upgrades", "systemd-networkd"],
        tags: ["unattended-upgrades", "systemd-networkd"],
      },
    ],
  },
  {
    key: "config",
    label: "How you deploy config",
    hint: "From Git to the cluster.",
    options: [
      { value: "argo-cd", label: "Argo CD", components: ["argo-cd"] },
      { value: "helm", label: "Helm templates", components: ["helm"], tags: ["templating-error"] },
      { value: "terraform", label: "Terraform", components: ["terraform"] },
      { value: "global", label: "One change reaches every region at once", tags: ["global-deploy"] },
      { value: "manual", label: "Manual kubectl or console changes", tags: ["manual-drift"] },
    ],
  },
];
