// The ratings Chinese brokers give stocks and sectors, longest first so 强烈推荐 is not read as 推荐.
const words =
	"强烈推荐|谨慎推荐|审慎推荐|谨慎增持|审慎增持|强于大市|优于大市|同步大市|弱于大市|跑赢行业|跑赢大市|跑输行业|跑输大市|优于行业|同步行业|弱于行业|买入|增持|中性|持有|减持|卖出|推荐|回避|看好|超配|标配|低配";
// How the rating moved since the last note: 维持, 首次 (覆盖), 上调, 下调.
const changes = "维持|首次覆盖|首次|上调|下调|调高|调低";

/** A rating with how it moved, anywhere in a line: 增持(维持), 强于大市 (维持), 买入(首次). */
export const ratingWithChange = new RegExp(
	`(?<!\\p{Script=Han})(?:${words})[ \\t]{0,2}\\((?:${changes})\\)`,
	"u",
);

/** A rating after its label: 投资评级: 买入(维持), 评级:增持. The rating is group 1. */
export const ratingAfterLabel = new RegExp(
	`(?:投资评级|评级)[: \\t]{1,3}((?:${words})(?:[ \\t]{0,2}\\((?:${changes})\\))?)`,
	"du",
);

/** A table cell or header cell that is a rating and nothing else: 看好, 优于大市, 买入(首次). */
export const ratingCell = new RegExp(`^(?:${words})(?:[ \\t]{0,2}\\((?:${changes})\\))?$`, "u");

/** A rating as the note shows it: as written, without the spaces text extraction put inside it. */
export function ratingText(written: string): string {
	return written.replace(/\s+/gu, "");
}
