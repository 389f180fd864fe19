import { Match } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { OUTPUTS } from "../../lib/comment-pipeline-stack.js";
import {
  API_FUNCTION,
  COMMENT_QUEUE,
  COMMENTS_TABLE,
  ENV,
  MODERATOR_GROUP,
  ROUTES,
  WORKER,
} from "../../lib/resource-definitions.js";
import { DEFAULT_SITE_SETTINGS } from "../../lib/site-settings.js";
import { logicalId, roleActions, type SynthesizedPipeline, synthPipeline } from "./synth-pipeline.js";

let synth: SynthesizedPipeline;

beforeAll(() => {
  synth = synthPipeline();
});

function routeHandler(entry: string) {
  const handler = synth.stack.routeHandlers.find((h) => h.route.entry === entry);
  if (handler === undefined) throw new Error(`no handler for ${entry}`);
  return handler;
}

function functionProps(fnLogicalId: string) {
  return synth.template.toJSON().Resources[fnLogicalId].Properties;
}

describe("resources", () => {
  it("creates exactly the pipeline's resources", () => {
    const t = synth.template;
    t.resourceCountIs("AWS::Lambda::Function", ROUTES.length + 1);
    t.resourceCountIs("AWS::SQS::Queue", 2);
    t.resourceCountIs("AWS::DynamoDB::Table", 1);
    t.resourceCountIs("AWS::ApiGateway::RestApi", 1);
    t.resourceCountIs("AWS::ApiGateway::Stage", 1);
    t.resourceCountIs("AWS::ApiGateway::Authorizer", 1);
    t.resourceCountIs("AWS::Cognito::UserPool", 1);
    t.resourceCountIs("AWS::Cognito::UserPoolGroup", 1);
    t.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    t.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
    t.resourceCountIs("AWS::CloudWatch::Alarm", 2);
    t.resourceCountIs("AWS::SNS::Topic", 0);
    // One per function plus the API access log group.
    t.resourceCountIs("AWS::Logs::LogGroup", ROUTES.length + 2);
  });

  it("outputs the API URL, user pool, client, table and both queue URLs", () => {
    const outputs = synth.template.toJSON().Outputs as Record<string, unknown>;
    expect(Object.keys(outputs).sort()).toEqual(Object.values(OUTPUTS).sort());
  });
});

describe("Lambda functions", () => {
  it("run Node.js 24 on arm64 with JSON logs and source maps", () => {
    const functions = synth.template.findResources("AWS::Lambda::Function");
    for (const fn of Object.values(functions)) {
      expect(fn.Properties).toMatchObject({
        Runtime: "nodejs24.x",
        Architectures: ["arm64"],
        Handler: "index.handler",
        LoggingConfig: { LogFormat: "JSON", LogGroup: expect.anything() },
        Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: "--enable-source-maps" }) },
      });
    }
  });

  it("gives every route its own function with the route timeout and memory", () => {
    for (const route of ROUTES) {
      const fn = functionProps(logicalId(synth.stack, routeHandler(route.entry).handler.function));
      expect(fn.Timeout).toBe(API_FUNCTION.timeoutSeconds);
      expect(fn.MemorySize).toBe(API_FUNCTION.memoryMb);
      expect(fn.Description).toBe(`${route.method} ${route.path}`);
    }
  });

  it("passes each route only the environment variables that go with its access", () => {
    for (const route of ROUTES) {
      const vars = functionProps(logicalId(synth.stack, routeHandler(route.entry).handler.function))
        .Environment.Variables as Record<string, unknown>;
      expect(vars[ENV.allowedOrigins]).toBe(DEFAULT_SITE_SETTINGS.allowedOrigins.join(","));
      expect(vars[ENV.moderatorGroup]).toBe(route.access === "moderator" ? MODERATOR_GROUP : undefined);
      const usesTable = route.needs.some((n) => n.startsWith("table:"));
      expect(vars[ENV.tableName] !== undefined).toBe(usesTable);
      expect(vars[ENV.queueUrl] !== undefined).toBe(route.needs.includes("queue:send"));
      expect(vars[ENV.enginePolicy]).toBeUndefined();
    }
  });

  it("configures the worker from WORKER with the table name and no engine policy by default", () => {
    const fn = functionProps(logicalId(synth.stack, synth.stack.worker.handler.function));
    expect(fn.Timeout).toBe(WORKER.timeoutSeconds);
    expect(fn.MemorySize).toBe(WORKER.memoryMb);
    expect(fn.Environment.Variables[ENV.tableName]).toEqual({
      Ref: logicalId(synth.stack, synth.stack.table.table),
    });
    expect(fn.Environment.Variables[ENV.enginePolicy]).toBeUndefined();
  });

  it("triggers the worker from the queue with batching, partial batch failures and a concurrency cap", () => {
    synth.template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      EventSourceArn: { "Fn::GetAtt": [logicalId(synth.stack, synth.stack.queue.queue), "Arn"] },
      FunctionName: { Ref: logicalId(synth.stack, synth.stack.worker.handler.function) },
      BatchSize: WORKER.batchSize,
      MaximumBatchingWindowInSeconds: WORKER.maxBatchingWindowSeconds,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      ScalingConfig: { MaximumConcurrency: WORKER.maxConcurrency },
    });
  });

  it("keeps function logs for the configured retention", () => {
    const groups = Object.values(synth.template.findResources("AWS::Logs::LogGroup"));
    for (const group of groups) {
      expect(group.Properties.RetentionInDays).toBe(DEFAULT_SITE_SETTINGS.logRetentionDays);
      expect(group.DeletionPolicy).toBe("Retain");
    }
  });
});

describe("SQS", () => {
  it("encrypts the queue, sets visibility >= 6x the worker timeout and redrives to the DLQ", () => {
    expect(COMMENT_QUEUE.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * WORKER.timeoutSeconds);
    synth.template.hasResourceProperties("AWS::SQS::Queue", {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: COMMENT_QUEUE.visibilityTimeoutSeconds,
      MessageRetentionPeriod: COMMENT_QUEUE.retentionDays * 86_400,
      RedrivePolicy: {
        deadLetterTargetArn: {
          "Fn::GetAtt": [logicalId(synth.stack, synth.stack.queue.deadLetterQueue), "Arn"],
        },
        maxReceiveCount: COMMENT_QUEUE.maxReceiveCount,
      },
    });
  });

  it("encrypts the dead-letter queue and keeps its messages longer", () => {
    const dlq = synth.template.toJSON().Resources[logicalId(synth.stack, synth.stack.queue.deadLetterQueue)];
    expect(dlq.Properties).toEqual({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: COMMENT_QUEUE.deadLetterRetentionDays * 86_400,
    });
  });

  it("denies non-TLS access to both queues", () => {
    const policies = Object.values(synth.template.findResources("AWS::SQS::QueuePolicy"));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({
          Effect: "Deny",
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        }),
      );
    }
  });
});

describe("DynamoDB", () => {
  it("has the keys and indexes of COMMENTS_TABLE, on-demand, with PITR, encryption and deletion protection", () => {
    const indexes = Object.values(COMMENTS_TABLE.indexes);
    synth.template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: {
        KeySchema: [{ AttributeName: COMMENTS_TABLE.partitionKey, KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: true,
        GlobalSecondaryIndexes: indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      },
    });
  });
});

describe("Cognito", () => {
  it("has a user pool without self sign-up, with MFA, and a moderators group", () => {
    synth.template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: "ON",
      DeletionProtection: "ACTIVE",
    });
    synth.template.hasResourceProperties("AWS::Cognito::UserPoolGroup", {
      GroupName: MODERATOR_GROUP,
      UserPoolId: { Ref: logicalId(synth.stack, synth.stack.auth.userPool) },
    });
    synth.template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayWith(["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"]),
    });
  });
});

describe("API Gateway", () => {
  const authorizerId = () => logicalId(synth.stack, synth.stack.api.authorizer);

  it("authorizes every /moderation method with the Cognito authorizer", () => {
    synth.template.hasResourceProperties("AWS::ApiGateway::Authorizer", {
      Type: "COGNITO_USER_POOLS",
      IdentitySource: "method.request.header.Authorization",
      ProviderARNs: [{ "Fn::GetAtt": [logicalId(synth.stack, synth.stack.auth.userPool), "Arn"] }],
    });
    const moderatorRoutes = ROUTES.filter((r) => r.access === "moderator");
    expect(moderatorRoutes.every((r) => r.path.startsWith("/moderation"))).toBe(true);
    for (const route of moderatorRoutes) {
      const method = synth.stack.api.methods.get(`${route.method} ${route.path}`);
      if (method === undefined) throw new Error(`no method for ${route.path}`);
      const props = synth.template.toJSON().Resources[logicalId(synth.stack, method)].Properties;
      expect(props.AuthorizationType).toBe("COGNITO_USER_POOLS");
      expect(props.AuthorizerId).toEqual({ Ref: authorizerId() });
    }
  });

  it("leaves public routes and CORS preflight without authorization", () => {
    const methods = synth.template.findResources("AWS::ApiGateway::Method");
    const byAuth = Object.values(methods).map((m) => ({
      httpMethod: m.Properties.HttpMethod as string,
      auth: m.Properties.AuthorizationType as string,
    }));
    const routeMethods = byAuth.filter((m) => m.httpMethod !== "OPTIONS");
    expect(routeMethods).toHaveLength(ROUTES.length);
    expect(routeMethods.filter((m) => m.auth === "NONE")).toHaveLength(
      ROUTES.filter((r) => r.access === "public").length,
    );
    for (const m of byAuth.filter((x) => x.httpMethod === "OPTIONS")) expect(m.auth).toBe("NONE");
    for (const route of ROUTES.filter((r) => r.access === "public")) {
      const method = synth.stack.api.methods.get(`${route.method} ${route.path}`);
      if (method === undefined) throw new Error(`no method for ${route.path}`);
      const props = synth.template.toJSON().Resources[logicalId(synth.stack, method)].Properties;
      expect(props.AuthorizationType).toBe("NONE");
      expect(props.AuthorizerId).toBeUndefined();
    }
  });

  it("integrates every route with its own function through Lambda proxy", () => {
    for (const route of ROUTES) {
      const method = synth.stack.api.methods.get(`${route.method} ${route.path}`);
      if (method === undefined) throw new Error(`no method for ${route.path}`);
      const props = synth.template.toJSON().Resources[logicalId(synth.stack, method)].Properties;
      expect(props.HttpMethod).toBe(route.method);
      expect(props.Integration.Type).toBe("AWS_PROXY");
      expect(JSON.stringify(props.Integration.Uri)).toContain(
        logicalId(synth.stack, routeHandler(route.entry).handler.function),
      );
    }
  });

  it("validates path parameters and requires POST bodies to be JSON objects", () => {
    synth.template.hasResourceProperties("AWS::ApiGateway::RequestValidator", {
      ValidateRequestParameters: true,
      ValidateRequestBody: true,
    });
    synth.template.hasResourceProperties("AWS::ApiGateway::Model", {
      ContentType: "application/json",
      Schema: Match.objectLike({ type: "object" }),
    });
    for (const route of ROUTES) {
      const method = synth.stack.api.methods.get(`${route.method} ${route.path}`);
      if (method === undefined) throw new Error(`no method for ${route.path}`);
      const props = synth.template.toJSON().Resources[logicalId(synth.stack, method)].Properties;
      expect(props.RequestValidatorId).toBeDefined();
      for (const name of route.path.match(/\{([^}]+)\}/g) ?? []) {
        expect(props.RequestParameters[`method.request.path.${name.slice(1, -1)}`]).toBe(true);
      }
      expect(props.RequestModels !== undefined).toBe(route.method === "POST");
    }
  });

  it("answers a rejected body in the handlers' 400 shape", () => {
    synth.template.hasResourceProperties("AWS::ApiGateway::GatewayResponse", {
      ResponseType: "BAD_REQUEST_BODY",
      StatusCode: "400",
      ResponseTemplates: { "application/json": Match.stringLikeRegexp('"issues"') },
    });
  });

  it("throttles public methods with the public limits and moderator methods with the moderation limits", () => {
    const stage = Object.values(synth.template.findResources("AWS::ApiGateway::Stage"))[0];
    const settings = stage?.Properties.MethodSettings as Record<string, unknown>[];
    expect(settings).toContainEqual(
      expect.objectContaining({
        ResourcePath: "/*",
        HttpMethod: "*",
        ThrottlingRateLimit: DEFAULT_SITE_SETTINGS.publicRateLimit,
        ThrottlingBurstLimit: DEFAULT_SITE_SETTINGS.publicBurstLimit,
      }),
    );
    for (const route of ROUTES) {
      const isPublic = route.access === "public";
      expect(settings).toContainEqual({
        ResourcePath: `/${route.path.replaceAll("/", "~1")}`,
        HttpMethod: route.method,
        ThrottlingRateLimit: isPublic
          ? DEFAULT_SITE_SETTINGS.publicRateLimit
          : DEFAULT_SITE_SETTINGS.moderationRateLimit,
        ThrottlingBurstLimit: isPublic
          ? DEFAULT_SITE_SETTINGS.publicBurstLimit
          : DEFAULT_SITE_SETTINGS.moderationBurstLimit,
        LoggingLevel: "ERROR",
        DataTraceEnabled: false,
        MetricsEnabled: true,
      });
    }
  });

  it("writes JSON access logs to a log group and logs errors without request bodies", () => {
    const accessLogs = logicalId(synth.stack, synth.stack.api.accessLogs);
    synth.template.hasResourceProperties("AWS::ApiGateway::Stage", {
      StageName: DEFAULT_SITE_SETTINGS.stageName,
      AccessLogSetting: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp("\\$context\\.requestId"),
      },
      MethodSettings: Match.arrayWith([
        Match.objectLike({ ResourcePath: "/*", LoggingLevel: "ERROR", DataTraceEnabled: false }),
      ]),
    });
    const stage = Object.values(synth.template.findResources("AWS::ApiGateway::Stage"))[0];
    expect(JSON.stringify(stage?.Properties.AccessLogSetting.DestinationArn)).toContain(`"${accessLogs}"`);
    expect(JSON.parse(stage?.Properties.AccessLogSetting.Format)).toMatchObject({
      status: "$context.status",
    });
    synth.template.resourceCountIs("AWS::ApiGateway::Account", 1);
  });

  it("answers CORS preflight only for the configured origin", () => {
    const origin = DEFAULT_SITE_SETTINGS.allowedOrigins[0];
    const options = Object.values(synth.template.findResources("AWS::ApiGateway::Method")).filter(
      (m) => m.Properties.HttpMethod === "OPTIONS",
    );
    expect(options.length).toBeGreaterThan(0);
    for (const method of options) {
      const response = method.Properties.Integration.IntegrationResponses[0];
      expect(response.ResponseParameters["method.response.header.Access-Control-Allow-Origin"]).toBe(
        `'${origin}'`,
      );
      expect(JSON.stringify(method)).not.toContain("'*'");
    }
    synth.template.hasResourceProperties("AWS::ApiGateway::GatewayResponse", {
      ResponseType: "DEFAULT_4XX",
      ResponseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": `'${origin}'` },
    });
  });
});

describe("alarms", () => {
  it("alarms on any message in the dead-letter queue", () => {
    synth.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [
        {
          Name: "QueueName",
          Value: { "Fn::GetAtt": [logicalId(synth.stack, synth.stack.queue.deadLetterQueue), "QueueName"] },
        },
      ],
      ComparisonOperator: "GreaterThanThreshold",
      Threshold: 0,
    });
  });

  it("alarms when the oldest queued comment is older than the threshold", () => {
    synth.template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateAgeOfOldestMessage",
      Dimensions: [
        {
          Name: "QueueName",
          Value: { "Fn::GetAtt": [logicalId(synth.stack, synth.stack.queue.queue), "QueueName"] },
        },
      ],
      ComparisonOperator: "GreaterThanThreshold",
      Threshold: DEFAULT_SITE_SETTINGS.oldestMessageAlarmSeconds,
    });
  });

  it("has no alarm actions unless a topic or e-mail is configured", () => {
    for (const alarm of Object.values(synth.template.findResources("AWS::CloudWatch::Alarm"))) {
      expect(alarm.Properties.AlarmActions).toBeUndefined();
    }
  });
});

describe("IAM least privilege", () => {
  const sqsSend = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"];
  const tableRead = ["dynamodb:GetItem", "dynamodb:Query"];
  const tableWrite = ["dynamodb:PutItem"];
  const logs = ["logs:CreateLogStream", "logs:PutLogEvents"];

  it("grants each route exactly what its `needs` list", () => {
    for (const route of ROUTES) {
      const role = logicalId(synth.stack, routeHandler(route.entry).handler.role);
      const expected = [...logs];
      if (route.needs.includes("queue:send")) expected.push(...sqsSend);
      if (route.needs.includes("table:read")) expected.push(...tableRead);
      if (route.needs.includes("table:write")) expected.push(...tableWrite);
      expect(roleActions(synth.template, role), route.entry).toEqual(expected.sort());
    }
  });

  it("lets the submit function send to the queue but not touch the table", () => {
    const role = logicalId(synth.stack, routeHandler("functions/handlers/submit-comment.ts").handler.role);
    const actions = roleActions(synth.template, role);
    expect(actions).toContain("sqs:SendMessage");
    expect(actions.filter((a) => a.startsWith("dynamodb:"))).toEqual([]);
  });

  it("lets the worker consume the queue and insert into the table, nothing more", () => {
    const actions = roleActions(synth.template, logicalId(synth.stack, synth.stack.worker.handler.role));
    expect(actions).toEqual(
      expect.arrayContaining([...tableWrite, "sqs:ReceiveMessage", "sqs:DeleteMessage"]),
    );
    expect(actions.filter((a) => a.startsWith("dynamodb:"))).toEqual(tableWrite);
    expect(actions).not.toContain("sqs:SendMessage");
  });

  it("never allows Scan, deletes, wildcards or managed policies on function roles", () => {
    const text = JSON.stringify(synth.template.findResources("AWS::IAM::Policy"));
    for (const forbidden of [
      "dynamodb:Scan",
      "dynamodb:DeleteItem",
      "dynamodb:*",
      "sqs:*",
      '"*"',
      "index/*",
    ]) {
      expect(text).not.toContain(forbidden);
    }
    const functionRoles = [
      ...synth.stack.routeHandlers.map((h) => h.handler.role),
      synth.stack.worker.handler.role,
    ];
    for (const role of functionRoles) {
      const props = synth.template.toJSON().Resources[logicalId(synth.stack, role)].Properties;
      expect(props.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe("cdk-nag", () => {
  it("reports no unacknowledged AwsSolutions findings", () => {
    const report = new AwsSolutionsChecks().validateScope(synth.app);
    const findings = report.violations.map(
      (v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(", ")}`,
    );
    expect(findings).toEqual([]);
  });
});
