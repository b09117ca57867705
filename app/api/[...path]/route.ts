import { apiError } from "@/lib/http/api-error";

// Unknown API paths answer in the API's JSON error shape, not with an HTML page.
function notFound() {
  return apiError(404, "NOT_FOUND", "There is no API endpoint at this path.");
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
