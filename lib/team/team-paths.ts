/** Where an invitation's button leads: sign in, then straight to the campaign's dashboard. */
export function invitationPath(campaignId: string): string {
  return `/sign-in?${new URLSearchParams({ callbackUrl: dashboardPath(campaignId) })}`;
}

export function dashboardPath(campaignId: string): string {
  return `/dashboard/campaigns/${campaignId}`;
}

export function teamPath(campaignId: string): string {
  return `${dashboardPath(campaignId)}/team`;
}
