import { Text } from "@react-email/text";
import { EmailButton, EmailFallbackLink, EmailFooterText, EmailLayout, emailSmallText, emailText } from "./email-layout";

export type ConfirmationEmailProps = {
  lang: string;
  title: string;
  preview: string;
  greeting: string;
  body: string;
  buttonLabel: string;
  fallback: string;
  ignore: string;
  footer: string;
  confirmUrl: string;
};

/** No name of the signer's: anyone can type a name next to someone else's address. */
export function ConfirmationEmail(props: ConfirmationEmailProps) {
  return (
    <EmailLayout lang={props.lang} title={props.title} preview={props.preview} heading="Chorus" footer={<EmailFooterText>{props.footer}</EmailFooterText>}>
      <Text style={emailText}>{props.greeting}</Text>
      <Text style={emailText}>{props.body}</Text>
      <EmailButton href={props.confirmUrl}>{props.buttonLabel}</EmailButton>
      <EmailFallbackLink label={props.fallback} href={props.confirmUrl} />
      <Text style={emailSmallText}>{props.ignore}</Text>
    </EmailLayout>
  );
}
