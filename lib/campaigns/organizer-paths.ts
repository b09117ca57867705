// The addresses of a campaign's organizer pages and downloads, named once.

export function dashboardPath(campaignId: string): string {
  return `/dashboard/campaigns/${campaignId}`;
}

export function teamPath(campaignId: string): string {
  return `${dashboardPath(campaignId)}/team`;
}

export function editPath(campaignId: string): string {
  return `${dashboardPath(campaignId)}/edit`;
}

/** The campaign's languages, each with its translation's state. */
export function translationsPath(campaignId: string): string {
  return `${dashboardPath(campaignId)}/translations`;
}

/** The form for the campaign's text in one more language. */
export function translationPath(campaignId: string, language: string): string {
  return `${translationsPath(campaignId)}/${encodeURIComponent(language)}`;
}

/** Where an invitation's button leads: sign in, then straight to the campaign's dashboard. */
export function invitationPath(campaignId: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: dashboardPath(campaignId) })}`;
}

export function signersCsvPath(campaignId: string): string {
  return `/api/organizer/campaigns/${campaignId}/signers.csv`;
}

export function countriesCsvPath(campaignId: string): string {
  return `/api/organizer/campaigns/${campaignId}/countries.csv`;
}

/** The campaign's updates: drafts, published and emailed. */
export function updatesPath(campaignId: string): string {
  return `${dashboardPath(campaignId)}/updates`;
}

export function newUpdatePath(campaignId: string): string {
  return `${updatesPath(campaignId)}/new`;
}

/** One update's edit, test, publish and send page. */
export function updatePath(campaignId: string, updateId: string): string {
  return `${updatesPath(campaignId)}/${updateId}`;
}
