/** The FEAT_* a SYS-space operation needs, by the alias LLVM spells it as (TLBI, AT, DC, GCS, prediction restriction ...). */
import type { FeatureName } from "@a64vm/sysreg";

const DC_FEATURES: Readonly<Record<string, readonly FeatureName[]>> = {
  cvap: ["FEAT_DPB"],
  cvadp: ["FEAT_DPB2"],
  cipapa: ["FEAT_RME"],
  cigdpapa: ["FEAT_RME", "FEAT_MTE2"],
  cipae: ["FEAT_MEC"],
  cigdpae: ["FEAT_MEC", "FEAT_MTE2"],
  civaps: ["FEAT_PoPS"],
  cigdvaps: ["FEAT_PoPS", "FEAT_MTE2"],
};

function tlbiFeatures(op: string, pair: boolean): FeatureName[] {
  const out: FeatureName[] = pair ? ["FEAT_D128"] : [];
  let name = op;
  if (name.endsWith("nxs")) {
    out.push("FEAT_XS");
    name = name.slice(0, -3);
  }
  if (name.startsWith("paall") || name.startsWith("rpa")) out.push("FEAT_RME");
  else if (name.startsWith("r")) out.push("FEAT_TLBIRANGE");
  if (name.startsWith("vmallws2")) out.push("FEAT_TLBIW");
  if (name.endsWith("os") && !name.startsWith("paall") && !name.startsWith("rpa")) out.push("FEAT_TLBIOS");
  return out;
}

/** Features of an alias text such as `tlbi vae1os, x0` or `dc cvap, x1`; empty when it needs none we know of. */
export function sysOperationFeatures(alias: string): FeatureName[] {
  const [mnemonic = "", operand = ""] = alias.replace(/,.*$/, "").split(" ");
  switch (mnemonic) {
    case "tlbi":
      return tlbiFeatures(operand, false);
    case "tlbip":
      return tlbiFeatures(operand, true);
    case "at":
      if (operand === "s1e1rp" || operand === "s1e1wp") return ["FEAT_PAN2"];
      return operand.endsWith("a") ? ["FEAT_ATS1A"] : [];
    case "dc": {
      const known = DC_FEATURES[operand];
      if (known !== undefined) return [...known];
      const out: FeatureName[] = [];
      if (operand.endsWith("oc")) out.push("FEAT_OCCMO");
      if (/^(c?i?g|cig|gva|gzva)/.test(operand) && operand !== "gbva" && operand !== "zgbva") out.push("FEAT_MTE2");
      return out;
    }
    case "cfp":
    case "dvp":
    case "cpp":
      return ["FEAT_SPECRES"];
    case "cosp":
      return ["FEAT_SPECRES2"];
    case "brb":
      return ["FEAT_BRBE"];
    case "trcit":
      return ["FEAT_ITE"];
    default:
      return mnemonic.startsWith("gcs") ? ["FEAT_GCS"] : [];
  }
}
