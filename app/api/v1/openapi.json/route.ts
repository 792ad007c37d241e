import { openApiDocument } from "@/lib/api/openapi";
import { json, requestUrl } from "@/lib/api/responses";

export async function GET(request: Request) {
  return json(openApiDocument(requestUrl(request).origin), { contentType: "application/vnd.oai.openapi+json; charset=utf-8" });
}
