import { Text } from "@react-email/text";
import { EmailButton, EmailFallbackLink, EmailFooterText, EmailLayout, emailText } from "./email-layout";

export type NoticeEmailProps = {
  lang: string;
  title: string;
  heading: string;
  body: string;
  buttonLabel: string;
  fallback: string;
  footer: string;
  url: string;
};

/** One message and one button; the words come from the notice's message namespace. */
export function NoticeEmail(props: NoticeEmailProps) {
  return (
    <EmailLayout lang={props.lang} title={props.title} preview={props.heading} heading={props.heading} footer={<EmailFooterText>{props.footer}</EmailFooterText>}>
      {props.body.split("\n\n").map((paragraph, index) => (
        <Text key={index} style={emailText}>
          {paragraph}
        </Text>
      ))}
      <EmailButton href={props.url}>{props.buttonLabel}</EmailButton>
      <EmailFallbackLink label={props.fallback} href={props.url} />
    </EmailLayout>
  );
}
