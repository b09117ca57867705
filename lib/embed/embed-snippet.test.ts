import { describe, expect, it } from "vitest";
import { embedSnippet, SNIPPET_HEIGHT } from "./embed-snippet";

describe("embedSnippet", () => {
  it("frames the widget on the public address and loads the resize script from there", () => {
    const snippet = embedSnippet({ appUrl: "https://petitions.example.org", slug: "save-my-friend", frameTitle: "Petition: Save my friend" });
    expect(snippet).toBe(
      `<iframe src="https://petitions.example.org/embed/save-my-friend" title="Petition: Save my friend" loading="lazy" style="width:100%;border:0" height="${SNIPPET_HEIGHT}"></iframe>\n` +
        `<script src="https://petitions.example.org/embed.js" async></script>`,
    );
  });

  it("escapes a title that would otherwise end the attribute", () => {
    const snippet = embedSnippet({ appUrl: "http://localhost:3000/", slug: "x", frameTitle: `"Free" <b>them</b> & more` });
    expect(snippet).toContain(`title="&quot;Free&quot; &lt;b&gt;them&lt;/b&gt; &amp; more"`);
    expect(snippet).toContain(`src="http://localhost:3000/embed/x"`);
  });
});
