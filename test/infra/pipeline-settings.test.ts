import { Match } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { createPipelineApp } from "../../lib/pipeline-app.js";
import { ENV, ROUTES } from "../../lib/resource-definitions.js";
import { SiteSettingsError } from "../../lib/site-settings.js";
import { logicalId, type SynthesizedPipeline, synthPipeline } from "./synth-pipeline.js";

const ORIGINS = ["https://news.example", "https://www.news.example"];
const WEB_ACL = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/comments/0f1e2d3c";

/** Context exactly as `cdk synth -c key=value` passes it: every value a string. */
const CLI_CONTEXT = {
  allowedOrigins: ORIGINS.join(","),
  publicRateLimit: "5",
  publicBurstLimit: "10",
  moderationRateLimit: "2",
  moderationBurstLimit: "4",
  enginePolicy: '{"mode":"hold-everything","allowList":["bloody"]}',
  oldestMessageAlarmSeconds: "900",
  logRetentionDays: "7",
  removalPolicy: "destroy",
  alarmEmail: "ops@news.example",
  webAclArn: WEB_ACL,
  stageName: "live",
  apiGatewayCloudWatchRole: "false",
};

describe("a stack configured through -c context strings", () => {
  let synth: SynthesizedPipeline;
  beforeAll(() => {
    synth = synthPipeline({ context: CLI_CONTEXT });
  });

  it("passes the origins to every route handler and the engine policy only to the worker", () => {
    for (const handler of synth.stack.routeHandlers) {
      const vars =
        synth.template.toJSON().Resources[logicalId(synth.stack, handler.handler.function)].Properties
          .Environment.Variables;
      expect(vars[ENV.allowedOrigins]).toBe(ORIGINS.join(","));
      expect(vars[ENV.enginePolicy]).toBeUndefined();
    }
    const worker =
      synth.template.toJSON().Resources[logicalId(synth.stack, synth.stack.worker.handler.function)];
    expect(JSON.parse(worker.Properties.Environment.Variables[ENV.enginePolicy])).toEqual({
      mode: "hold-everything",
      allowList: ["bloody"],
    });
  });

  it("answers CORS preflight for each configured origin and no other", () => {
    const options = Object.values(synth.template.findResources("AWS::ApiGateway::Method")).filter(
      (m) => m.Properties.HttpMethod === "OPTIONS",
    );
    expect(options.length).toBeGreaterThan(0);
    for (const method of options) {
      const response = method.Properties.Integration.IntegrationResponses[0];
      // The first origin is the static default; the template echoes the request's origin only if listed.
      expect(response.ResponseParameters["method.response.header.Access-Control-Allow-Origin"]).toBe(
        `'${ORIGINS[0]}'`,
      );
      const template = response.ResponseTemplates["application/json"] as string;
      for (const origin of ORIGINS.slice(1)) expect(template).toContain(`"${origin}"`);
      expect(template).toContain("$origin");
      expect(JSON.stringify(method)).not.toContain("'*'");
    }
    // A gateway response cannot pick one of several origins, so none adds a CORS header.
    const gatewayResponses = Object.values(synth.template.findResources("AWS::ApiGateway::GatewayResponse"));
    expect(gatewayResponses.map((r) => r.Properties.ResponseType)).toEqual(["BAD_REQUEST_BODY"]);
  });

  it("applies the configured throttles and stage name", () => {
    const stage = Object.values(synth.template.findResources("AWS::ApiGateway::Stage"))[0];
    expect(stage?.Properties.StageName).toBe("live");
    const settings = stage?.Properties.MethodSettings as {
      ThrottlingRateLimit: number;
      ResourcePath: string;
    }[];
    for (const route of ROUTES) {
      const setting = settings.find((s) => s.ResourcePath === `/${route.path.replaceAll("/", "~1")}`);
      expect(setting).toMatchObject(
        route.access === "public"
          ? { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 }
          : { ThrottlingRateLimit: 2, ThrottlingBurstLimit: 4 },
      );
    }
  });

  it("sends both alarms to a new TLS-only topic with an e-mail subscription", () => {
    synth.template.resourceCountIs("AWS::SNS::Topic", 1);
    synth.template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "ops@news.example",
    });
    synth.template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
    const topic = { Ref: logicalId(synth.stack, synth.stack.alarms.topic ?? synth.stack) };
    for (const alarm of Object.values(synth.template.findResources("AWS::CloudWatch::Alarm"))) {
      expect(alarm.Properties.AlarmActions).toEqual([topic]);
      expect(alarm.Properties.OKActions).toEqual([topic]);
    }
    synth.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "ApproximateAgeOfOldestMessage",
      Threshold: 900,
    });
  });

  it("lets the table, user pool and logs be deleted with the stack when removalPolicy is destroy", () => {
    synth.template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    synth.template.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtection: "INACTIVE" }),
    });
    for (const group of Object.values(synth.template.findResources("AWS::Logs::LogGroup"))) {
      expect(group.DeletionPolicy).toBe("Delete");
      expect(group.Properties.RetentionInDays).toBe(7);
    }
  });

  it("associates the web ACL and does not create the account-wide CloudWatch role", () => {
    synth.template.hasResourceProperties("AWS::WAFv2::WebACLAssociation", {
      WebACLArn: WEB_ACL,
      ResourceArn: Match.anyValue(),
    });
    synth.template.resourceCountIs("AWS::ApiGateway::Account", 0);
  });

  it("still passes cdk-nag with nothing unacknowledged", () => {
    const report = new AwsSolutionsChecks().validateScope(synth.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual(
      [],
    );
  });
});

describe("settings precedence and sources", () => {
  it("lets stack props override context and notifies an existing topic by ARN", () => {
    const topicArn = "arn:aws:sns:eu-west-1:123456789012:newsroom-alerts";
    const { template, stack } = synthPipeline({
      context: {
        allowedOrigins: "https://context.example",
        alarmTopicArn: "arn:aws:sns:eu-west-1:123456789012:old",
      },
      settings: { allowedOrigins: ["https://props.example"], alarmTopicArn: topicArn },
    });
    expect(stack.settings.allowedOrigins).toEqual(["https://props.example"]);
    template.resourceCountIs("AWS::SNS::Topic", 0);
    for (const alarm of Object.values(template.findResources("AWS::CloudWatch::Alarm"))) {
      expect(alarm.Properties.AlarmActions).toEqual([topicArn]);
    }
  });

  it("fails before synthesis with a message naming the bad origin", () => {
    expect(() =>
      createPipelineApp({ context: { allowedOrigins: "https://ok.example,https://bad.example/path" } }),
    ).toThrow(/allowedOrigins\[1\]: "https:\/\/bad\.example\/path" is not an origin/);
    expect(() => createPipelineApp({ context: { allowedOrigins: "*" } })).toThrow(SiteSettingsError);
  });
});
