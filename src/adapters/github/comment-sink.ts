import type { CheckRunOutput } from "../../core/render/render-check-run.js";
import { utf8Bytes } from "../../core/render/markdown-text.js";
import type { CheckAnnotation } from "../../core/render/task-annotations.js";
import { createCommentOnce, type RetryPause } from "./create-once.js";
import type { GitHubClient, RepoRef } from "./github-client.js";
import type { ProgressSink, RunConclusion } from "./progress-sink.js";

const CONCLUSION_ICON: Record<RunConclusion, string> = {
  success: "✅",
  failure: "❌",
  cancelled: "⏹️",
  neutral: "📋",
  skipped: "⏭️",
};

/** GitHub caps a comment body at 65,536 characters. */
const COMMENT_LIMIT = 65_000;

/** Progress kept up to date in one PR comment, for tokens that cannot create check runs. */
export class CommentSink implements ProgressSink {
  #commentId: number | null = null;
  url: string | null = null;

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    private readonly pullNumber: number,
    private readonly pause?: RetryPause,
  ) {}

  async show(output: CheckRunOutput): Promise<void> {
    await this.#write(`🔄 **maestro** · ${output.title}`, output);
  }

  async finish(
    conclusion: RunConclusion,
    output: CheckRunOutput,
    _annotations: CheckAnnotation[],
  ): Promise<void> {
    await this.#write(`${CONCLUSION_ICON[conclusion]} **maestro** · ${output.title}`, output);
  }

  async #write(heading: string, output: CheckRunOutput): Promise<void> {
    const full = `${heading}\n\n${output.summary}\n\n${output.text}`;
    const body = utf8Bytes(full) <= COMMENT_LIMIT ? full : `${heading}\n\n${output.summary}`;
    if (this.#commentId === null) {
      const data = await createCommentOnce(this.client, this.repo, this.pullNumber, body, this.pause);
      this.#commentId = data.id;
      this.url = data.html_url;
    } else {
      await this.client.rest.issues.updateComment({ ...this.repo, comment_id: this.#commentId, body });
    }
  }
}
