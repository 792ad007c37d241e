import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/responses";

export async function GET(request: Request) {
  return json(openApiDocument(new URL(request.url).origin), { contentType: "application/vnd.oai.openapi+json; charset=utf-8" });
}
