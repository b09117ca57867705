import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SEND_CHOICES, type SendChoice } from "@/lib/updates/update-input";
import type { FormState } from "@/lib/forms/form-state";
import pageStyles from "@/components/campaign-editor/campaign-pages.module.css";
import { ActionButtonForm } from "./action-button-form";
import styles from "./updates.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  campaignId: string;
  update: { id: string; version: number; publishedAt: Date | null; emailed: boolean };
  /** The page's own address, for the choice form and cancel links. */
  pagePath: string;
  publicPath: string | null;
  /** The choice waiting for confirmation (?confirm=…), if any. */
  confirming: SendChoice | null;
  recipients: number;
  campaignIsPublic: boolean;
  sendAction: Action;
  unpublishAction: Action;
};

/**
 * Publish on the page, email the consenting signers, or both: first a choice (a GET form,
 * so it works without JavaScript), then a confirmation stating how many people will be
 * emailed, whose button does it. What has been done already is not offered again.
 */
export async function SendPanel(props: Props) {
  const { campaignId, update, pagePath, publicPath, confirming, recipients, campaignIsPublic } = props;
  const t = await getTranslations("campaignUpdates");
  const format = await getFormatter();
  const available = SEND_CHOICES.filter((choice) => (choice === "publish" ? !update.publishedAt : choice === "email" ? !update.emailed : !update.publishedAt && !update.emailed));
  const fields = { campaignId, updateId: update.id, version: String(update.version) };

  return (
    <section className={`card ${styles.panel}`} aria-labelledby="send-heading" id="send" data-testid="send-panel">
      <h2 id="send-heading">{t("sendHeading")}</h2>
      {update.publishedAt ? (
        <>
          <p data-testid="page-state">
            {t("pageStatePublished", { date: format.dateTime(update.publishedAt, { dateStyle: "medium", timeStyle: "short" }) })}{" "}
            {publicPath && <Link href={publicPath}>{t("viewPublic")}</Link>}
          </p>
          <ActionButtonForm action={props.unpublishAction} fields={fields} label={t("unpublishButton")} testId="unpublish-form" secondary />
        </>
      ) : (
        <p data-testid="page-state">{t("pageStateDraft")}</p>
      )}
      {!campaignIsPublic ? (
        <p className="alert alert--info">{t("campaignNotPublic")}</p>
      ) : confirming && available.includes(confirming) ? (
        <ActionButtonForm
          action={props.sendAction}
          fields={{ ...fields, choice: confirming }}
          label={
            confirming === "publish"
              ? t("confirmPublishButton")
              : t(confirming === "email" ? "confirmEmailButton" : "confirmBothButton", { count: recipients })
          }
          testId="send-confirm"
          className={pageStyles.confirm}
          after={
            <Link href={`${pagePath}#send`} className="button button--secondary">
              {t("cancel")}
            </Link>
          }
        >
          <h3>{t("confirmHeading")}</h3>
          {confirming !== "email" && <p>{t("confirmPublish")}</p>}
          {confirming !== "publish" && (
            <>
              <p data-testid="confirm-recipients">{t("confirmEmail", { count: recipients })}</p>
              <p>{t("confirmFinal")}</p>
            </>
          )}
        </ActionButtonForm>
      ) : (
        available.length > 0 && (
          <form method="get" action={`${pagePath}#send`} className="form" data-testid="send-choice">
            <fieldset className={styles.kinds}>
              <legend>{t("choiceLegend")}</legend>
              {available.map((choice, index) => (
                <label key={choice} className={styles.kindOption}>
                  <input type="radio" name="confirm" value={choice} defaultChecked={index === 0} />
                  <span>{t(choice === "publish" ? "choicePublish" : choice === "email" ? "choiceEmail" : "choiceBoth")}</span>
                </label>
              ))}
            </fieldset>
            <div className={pageStyles.buttons}>
              <button type="submit" className="button">
                {t("continue")}
              </button>
            </div>
          </form>
        )
      )}
    </section>
  );
}
