/** Host-side: the generated device tree parses back and names one cpu node per vCPU. */
import { findFdtNode, parseFdt, virtDeviceTreeBlob } from "@a64vm/hypervisor";
import { type ConformanceTest, failed, passed } from "../model";

export const deviceTree: ConformanceTest = {
  id: "host/device-tree",
  title: "the virt board's device tree is well formed for 1-8 vCPUs",
  variations: () => [{ features: "", label: "full" }],
  run() {
    for (let cpus = 1; cpus <= 8; cpus++) {
      const root = parseFdt(virtDeviceTreeBlob({ cpus, ramSize: 128n << 20n }));
      const names = findFdtNode(root, "/cpus")?.children.map((c) => c.name) ?? [];
      const expected = Array.from({ length: cpus }, (_, i) => `cpu@${i.toString(16)}`);
      if (names.join() !== expected.join()) return failed(`${cpus} vCPUs`, expected.join("\n"), names.join("\n"));
      for (const path of ["/memory@40000000", "/pl011@9000000", "/psci", "/timer", "/intc@8000000", "/chosen"]) {
        if (findFdtNode(root, path) === undefined) return failed(`${cpus} vCPUs: no ${path} node`);
      }
    }
    return passed;
  },
};
