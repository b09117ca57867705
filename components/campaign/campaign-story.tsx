import Markdown from "react-markdown";

/**
 * Organizer-written Markdown. react-markdown builds React elements and ignores raw HTML,
 * and its URL filter drops javascript: links, so the story cannot inject markup or script.
 */
export function CampaignStory({ markdown }: { markdown: string }) {
  return (
    <div className="story">
      <Markdown
        skipHtml
        components={{
          // The page already has an h1; keep the story's outline below it.
          h1: ({ children }) => <h2>{children}</h2>,
          a: ({ href, children }) => (
            <a href={href} rel="nofollow noopener noreferrer ugc">
              {children}
            </a>
          ),
          img: () => null,
        }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
