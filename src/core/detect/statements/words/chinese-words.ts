import type { RelationWord } from "./relation-word.js";

// Verbs of completion, Simplified and Traditional: merged, done, shipped, in place, deployed, finished,
// written, landed.
const ZH_DONE = String.raw`合[并併]|合入|完成|上[线線]|就位|部署|[结結]束|做完|[写寫]完|落地`;

/**
 * Chinese words that wait. Chinese is SVO: a verb of need takes its object after it ("依赖 3.2"); "之后",
 * "以后" and a verb of completion with "后" are postpositions, the object before them ("在 2.1 合并之后开始":
 * start after 2.1 is merged; "完成後 T020 才能開始").
 */
export const ZH_FORWARD: readonly RelationWord[] = [
  // "等" waits before a task or a pronoun ("只等 6.4", "要等第 5 组", "等它们都完成"); after a noun it is
  // "etc." ("1.1、1.2 等").
  {
    pattern: String.raw`依赖于|依賴於|依赖|依賴|取决于|需要|等待?(?=\s*(?:\d|第|它们|它們|他们|他們|这些|這些|这两|這兩|这几|這幾|上述|以上|前面))`,
    direction: "forward",
    object: "follows",
  },
  {
    pattern: String.raw`(?:${ZH_DONE})?(?:之后|之後|以后|以後)|(?:${ZH_DONE})[后後]`,
    direction: "forward",
    object: "precedes",
    temporal: true,
  },
];
