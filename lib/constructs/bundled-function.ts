/**
 * One Lambda function bundled from TypeScript by the locally installed esbuild (no Docker): Node.js 24 on arm64,
 * ESM output, source maps, JSON logs into its own log group, and a role that can write only to that log group.
 * Callers add the grants the function needs; nothing else is allowed by default.
 */
import { fileURLToPath } from "node:url";
import type { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";

/** Repository root: entries in lib/resource-definitions.ts are relative to it. */
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const RUNTIME = Runtime.NODEJS_24_X;

/**
 * esbuild's ESM output has no `require`; CommonJS dependencies that require Node built-ins need one.
 * The alias avoids clashing with an `import { createRequire }` inside the bundle.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __cmpCreateRequire } from 'node:module'; const require = __cmpCreateRequire(import.meta.url);";

interface BundledFunctionProps {
  /** Handler module relative to the repository root; it must export `handler`. */
  readonly entry: string;
  /** Shown in the Lambda console. */
  readonly description: string;
  readonly timeout: Duration;
  readonly memorySize: number;
  /** @default - no variables besides NODE_OPTIONS */
  readonly environment?: Readonly<Record<string, string>>;
  readonly logRetention: RetentionDays;
  /** Applied to the function's log group. */
  readonly logRemovalPolicy: RemovalPolicy;
}

class BundledFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    if (!/\.(ts|js|mjs)$/.test(props.entry)) {
      throw new Error(`BundledFunction ${id}: entry must be a .ts, .js or .mjs file, got "${props.entry}"`);
    }

    this.logGroup = new LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    // A role of our own instead of AWSLambdaBasicExecutionRole, whose logs:* on every log group is broader
    // than a function that writes only to its own group needs.
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs ${props.entry}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, "Function", {
      entry: `${PROJECT_ROOT}${props.entry}`,
      handler: "handler",
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      description: props.description,
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: "node24",
        mainFields: ["module", "main"],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Bundle the SDK rather than rely on the runtime's copy, so deployed code runs the locked versions.
        bundleAwsSDK: true,
      },
    });
  }
}

export type { BundledFunctionProps };
export { BundledFunction, ESM_REQUIRE_BANNER, PROJECT_ROOT, RUNTIME };
