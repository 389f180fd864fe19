/**
 * Who may moderate: a Cognito user pool that only administrators can add users to, the `moderators` group the
 * moderation handlers check, and an app client without a secret for moderators' sign-in.
 */
import { RemovalPolicy } from "aws-cdk-lib";
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  type UserPoolGroup,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { MODERATOR_GROUP } from "../resource-definitions.js";

interface ModeratorAuthProps {
  /**
   * Keep the user pool (and its users) when the stack is deleted, with deletion protection on.
   * @default true
   */
  readonly retain?: boolean;
}

class ModeratorAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly moderatorGroup: UserPoolGroup;

  constructor(scope: Construct, id: string, props: ModeratorAuthProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;

    this.userPool = new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      // Plus tier (billed per monthly active user, a handful here) for threat protection: Cognito blocks
      // sign-ins it rates as risky and passwords known from breaches.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // Moderators can remove anyone's comments: a stolen password alone must not be enough.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.moderatorGroup = this.userPool.addGroup("Moderators", {
      groupName: MODERATOR_GROUP,
      description: "May read full comment records and decide comments through /moderation",
    });
    this.client = this.userPool.addClient("ModerationClient", {
      // SRP for a future sign-in UI; USER_PASSWORD_AUTH (over TLS, still followed by the MFA challenge) so a
      // moderator can get an ID token with the AWS CLI today (README: "Moderators").
      authFlows: { userSrp: true, userPassword: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      // Sign-in goes through SRP from the moderation UI; no hosted UI or OAuth flows are configured.
      disableOAuth: true,
    });
  }
}

export type { ModeratorAuthProps };
export { ModeratorAuth };
