/**
 * The REST API: one Lambda proxy integration per route, Cognito authorization on moderator routes, request
 * validation, per-method throttling, access and execution logs, and CORS preflight answered only for the
 * configured site origins. Handlers add CORS headers to their own responses (Lambda proxy integration).
 */
import { Duration, type RemovalPolicy, Validations } from "aws-cdk-lib";
import {
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  JsonSchemaType,
  JsonSchemaVersion,
  LambdaIntegration,
  LogGroupLogDestination,
  type Method,
  type MethodDeploymentOptions,
  MethodLoggingLevel,
  type Model,
  type RequestValidator,
  ResponseType,
  RestApi,
} from "aws-cdk-lib/aws-apigateway";
import type { IUserPool } from "aws-cdk-lib/aws-cognito";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { CfnWebACLAssociation } from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";
import type { RouteDefinition } from "../resource-definitions.js";
import type { RouteHandler } from "./route-handler.js";

interface Throttle {
  /** Steady-state requests per second. */
  readonly rateLimit: number;
  /** Requests allowed in a burst. */
  readonly burstLimit: number;
}

interface CommentApiProps {
  /** One handler per route; every route becomes a method. */
  readonly handlers: readonly RouteHandler[];
  /** Authorizes every `moderator` route. */
  readonly userPool: IUserPool;
  /** Origins allowed by CORS preflight (exact origins, no wildcard). */
  readonly allowedOrigins: readonly string[];
  /** Applies to each public method and to the stage as a whole. */
  readonly publicThrottle: Throttle;
  /** Applies to each moderator method. */
  readonly moderationThrottle: Throttle;
  /** @default "v1" */
  readonly stageName?: string;
  /**
   * Create the account-wide role API Gateway needs to write execution logs. Turn off when the account
   * already has one configured (it is shared by every API in the region).
   * @default true
   */
  readonly cloudWatchRole?: boolean;
  /** @default - no web ACL is associated */
  readonly webAclArn?: string;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

/** Shape of the handlers' 400 body, so a body API Gateway rejects looks like one a handler rejects. */
const BAD_BODY_TEMPLATE = JSON.stringify({
  error: "Invalid request body",
  issues: [{ path: "body", message: "must be a JSON object" }],
});

const PREFLIGHT_MAX_AGE = Duration.hours(1);

/** Execution logs: errors only, and never request or response bodies, which hold readers' e-mail addresses. */
const STAGE_LOGGING = {
  loggingLevel: MethodLoggingLevel.ERROR,
  dataTraceEnabled: false,
  metricsEnabled: true,
} as const satisfies MethodDeploymentOptions;

function validateProps(props: CommentApiProps): void {
  const problems: string[] = [];
  if (props.handlers.length === 0) problems.push("handlers must contain at least one route");
  const seen = new Set<string>();
  for (const { route } of props.handlers) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) problems.push(`route ${key} is defined twice`);
    seen.add(key);
    if (!route.path.startsWith("/")) problems.push(`route ${key}: path must start with /`);
  }
  if (props.allowedOrigins.length === 0) problems.push("allowedOrigins must name at least one origin");
  if (props.allowedOrigins.includes("*")) problems.push("allowedOrigins must not contain the wildcard *");
  if (problems.length > 0) throw new Error(`CommentApi: ${problems.join("; ")}`);
}

/** `{id}` segments of a path template, as API Gateway request parameter names. */
function pathParameters(path: string): Record<string, boolean> {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return Object.fromEntries(names.map((name) => [`method.request.path.${name}`, true]));
}

class CommentApi extends Construct {
  readonly api: RestApi;
  readonly accessLogs: LogGroup;
  readonly authorizer: CognitoUserPoolsAuthorizer;
  /** The method of each route, keyed `METHOD /path`. */
  readonly methods: ReadonlyMap<string, Method>;

  constructor(scope: Construct, id: string, props: CommentApiProps) {
    super(scope, id);
    validateProps(props);

    this.accessLogs = new LogGroup(this, "AccessLogs", {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    const methodThrottles: Record<string, MethodDeploymentOptions> = {};
    for (const { route } of props.handlers) {
      const throttle = route.access === "public" ? props.publicThrottle : props.moderationThrottle;
      // A method override replaces the stage settings for that method, so it repeats the logging settings.
      methodThrottles[`${route.path}/${route.method}`] = {
        ...STAGE_LOGGING,
        throttlingRateLimit: throttle.rateLimit,
        throttlingBurstLimit: throttle.burstLimit,
      };
    }

    this.api = new RestApi(this, "Api", {
      description: "Comment moderation pipeline: public comment API and moderator API",
      endpointTypes: [EndpointType.REGIONAL],
      cloudWatchRole: props.cloudWatchRole ?? true,
      deployOptions: {
        stageName: props.stageName ?? "v1",
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        ...STAGE_LOGGING,
        throttlingRateLimit: props.publicThrottle.rateLimit,
        throttlingBurstLimit: props.publicThrottle.burstLimit,
        methodOptions: methodThrottles,
      },
      defaultCorsPreflightOptions: {
        allowOrigins: [...props.allowedOrigins],
        allowMethods: ["GET", "POST", "OPTIONS"],
        allowHeaders: ["Content-Type", "Authorization"],
        maxAge: PREFLIGHT_MAX_AGE,
      },
    });

    // The stack outputs the URL under a stable name (ApiUrl); drop RestApi's generated duplicate.
    this.api.node.tryRemoveChild("Endpoint");
    if (this.api.node.tryFindChild("CloudWatchRole") !== undefined) {
      Validations.of(this.api.node.findChild("CloudWatchRole")).acknowledge({
        id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
        reason:
          "The account-wide role API Gateway uses to write execution logs; AWS documents this managed policy " +
          "for it and the role can be assumed only by API Gateway.",
      });
    }

    this.authorizer = new CognitoUserPoolsAuthorizer(this, "ModeratorAuthorizer", {
      cognitoUserPools: [props.userPool],
    });
    const validator = this.api.addRequestValidator("RequestValidator", {
      validateRequestParameters: true,
      validateRequestBody: true,
    });
    // API Gateway checks only that a POST body is a JSON object; the handlers validate every field with zod,
    // because the API must name each bad field and answer 413/415, which API Gateway's validator cannot.
    const jsonObject = this.api.addModel("JsonObjectBody", {
      contentType: "application/json",
      modelName: "JsonObjectBody",
      schema: { schema: JsonSchemaVersion.DRAFT4, title: "JsonObjectBody", type: JsonSchemaType.OBJECT },
    });

    const methods = new Map<string, Method>();
    for (const { route, handler } of props.handlers) {
      methods.set(
        `${route.method} ${route.path}`,
        this.addRoute(route, handler.function, validator, jsonObject),
      );
    }
    this.methods = methods;

    this.addGatewayResponses(props.allowedOrigins);
    this.acknowledgePreflight();
    if (props.webAclArn !== undefined) {
      new CfnWebACLAssociation(this, "WebAcl", {
        resourceArn: this.api.deploymentStage.stageArn,
        webAclArn: props.webAclArn,
      });
    } else {
      Validations.of(this.api.deploymentStage).acknowledge({
        id: "AwsSolutions-APIG3",
        reason:
          "A WAF web ACL is optional (setting webAclArn): it costs per ACL and request, and abuse is bounded by " +
          "per-method throttling and the handlers' validation.",
      });
    }
  }

  private addRoute(
    route: RouteDefinition,
    fn: IFunction,
    validator: RequestValidator,
    jsonObject: Model,
  ): Method {
    const resource = this.api.root.resourceForPath(route.path);
    const isModerator = route.access === "moderator";
    const method = resource.addMethod(route.method, new LambdaIntegration(fn, { allowTestInvoke: false }), {
      requestValidator: validator,
      requestParameters: pathParameters(route.path),
      ...(route.method === "POST" ? { requestModels: { "application/json": jsonObject } } : {}),
      ...(isModerator
        ? { authorizationType: AuthorizationType.COGNITO, authorizer: this.authorizer }
        : { authorizationType: AuthorizationType.NONE }),
    });
    if (!isModerator) {
      const reason = `${route.method} ${route.path} is public by design: websites call it for anonymous readers.`;
      Validations.of(method).acknowledge(
        { id: "AwsSolutions-APIG4", reason },
        { id: "AwsSolutions-COG4", reason },
      );
    }
    return method;
  }

  /**
   * Errors API Gateway answers itself (401 from the authorizer, 429 throttling, 400 bad body) bypass the
   * handlers, so they get CORS headers here. A gateway response cannot choose among several origins, so the
   * header is only added when exactly one origin is configured.
   */
  private addGatewayResponses(origins: readonly string[]): void {
    const corsHeaders: Record<string, string> =
      origins.length === 1 ? { "Access-Control-Allow-Origin": `'${origins[0]}'` } : {};
    this.api.addGatewayResponse("BadRequestBody", {
      type: ResponseType.BAD_REQUEST_BODY,
      statusCode: "400",
      responseHeaders: corsHeaders,
      templates: { "application/json": BAD_BODY_TEMPLATE },
    });
    if (origins.length === 1) {
      this.api.addGatewayResponse("Default4xx", {
        type: ResponseType.DEFAULT_4XX,
        responseHeaders: corsHeaders,
      });
      this.api.addGatewayResponse("Default5xx", {
        type: ResponseType.DEFAULT_5XX,
        responseHeaders: corsHeaders,
      });
    }
  }

  /** CORS preflight (OPTIONS) must work without credentials; browsers never send them on preflight. */
  private acknowledgePreflight(): void {
    const reason =
      "CORS preflight (OPTIONS) cannot carry credentials; it is a mock integration limited to site origins.";
    for (const method of this.api.methods) {
      if (method.httpMethod !== "OPTIONS") continue;
      Validations.of(method).acknowledge(
        { id: "AwsSolutions-APIG4", reason },
        { id: "AwsSolutions-COG4", reason },
      );
    }
  }
}

export type { CommentApiProps, Throttle };
export { CommentApi };
