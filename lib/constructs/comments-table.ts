/**
 * The comments table: keys and indexes from COMMENTS_TABLE, on-demand billing, point-in-time recovery,
 * encryption with the AWS managed key. Grants are explicit lists of actions on the table and its named
 * indexes, so no function can Scan or delete, and no grant needs an `index/*` wildcard.
 */
import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Grant, type IGrantable } from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { COMMENTS_TABLE } from "../resource-definitions.js";

/** Every route is served by GetItem or Query (see COMMENTS_TABLE's indexes); Scan is deliberately absent. */
const READ_ACTIONS = ["dynamodb:GetItem", "dynamodb:Query"] as const;
/**
 * Comments are never deleted: the worker inserts with a conditional PutItem, and a moderator's decision replaces
 * the record with a PutItem conditional on its revision. Nothing updates in place.
 */
const WRITE_ACTIONS = ["dynamodb:PutItem"] as const;

interface CommentsTableProps {
  /**
   * Keep the table (and its data) when the stack is deleted, with deletion protection on.
   * @default true
   */
  readonly retain?: boolean;
}

class CommentsTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: CommentsTableProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;

    this.table = new Table(this, "Table", {
      partitionKey: { name: COMMENTS_TABLE.partitionKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of Object.values(COMMENTS_TABLE.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /** GetItem/Query on the table and on each named index. */
  grantRead(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: [...READ_ACTIONS], resourceArns: this.readableArns() });
  }

  /** PutItem on the table only (indexes are maintained by DynamoDB). */
  grantWrite(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: [...WRITE_ACTIONS],
      resourceArns: [this.table.tableArn],
    });
  }

  private readableArns(): string[] {
    const indexArns = Object.values(COMMENTS_TABLE.indexes).map(
      (i) => `${this.table.tableArn}/index/${i.name}`,
    );
    return [this.table.tableArn, ...indexArns];
  }
}

export type { CommentsTableProps };
export { CommentsTable, READ_ACTIONS, WRITE_ACTIONS };
