// PLACEHOLDER: being written in the pipeline issue; keeps `cdk synth` bundling until then.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";

async function handler(_event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  return { statusCode: 501, body: JSON.stringify({ error: "not implemented yet" }) };
}

export { handler };
