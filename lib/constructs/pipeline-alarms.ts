/**
 * Alarms that mean comments are not flowing: anything in the dead-letter queue (a comment the worker gave up
 * on), and the oldest queued comment waiting longer than the site allows. Optionally notifies an SNS topic:
 * a new one with an e-mail subscription, or an existing one by ARN.
 */
import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { type ITopic, Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

interface PipelineAlarmsProps {
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  /** Alarm when the oldest message in the main queue is older than this. */
  readonly oldestMessageAgeSeconds: number;
  /** @default - no notification topic is created */
  readonly alarmEmail?: string;
  /** @default - no existing topic is notified */
  readonly alarmTopicArn?: string;
}

class PipelineAlarms extends Construct {
  readonly deadLetterAlarm: Alarm;
  readonly oldestMessageAlarm: Alarm;
  /** The topic the alarms notify, if any. */
  readonly topic?: ITopic;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    if (props.alarmEmail !== undefined && props.alarmTopicArn !== undefined) {
      throw new Error("PipelineAlarms: set alarmEmail or alarmTopicArn, not both");
    }

    this.deadLetterAlarm = new Alarm(this, "DeadLetterMessages", {
      alarmDescription: "Comments reached the dead-letter queue: the worker failed on them repeatedly",
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: "Maximum",
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.oldestMessageAlarm = new Alarm(this, "OldestMessageAge", {
      alarmDescription: `A queued comment has waited more than ${props.oldestMessageAgeSeconds} s for the worker`,
      metric: props.queue.metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(1),
        statistic: "Maximum",
      }),
      threshold: props.oldestMessageAgeSeconds,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    if (props.alarmEmail !== undefined) {
      const topic = new Topic(this, "Topic", { displayName: "Comment pipeline alarms", enforceSSL: true });
      topic.addSubscription(new EmailSubscription(props.alarmEmail));
      this.topic = topic;
    } else if (props.alarmTopicArn !== undefined) {
      this.topic = Topic.fromTopicArn(this, "ExistingTopic", props.alarmTopicArn);
    }
    if (this.topic !== undefined) {
      const action = new SnsAction(this.topic);
      for (const alarm of [this.deadLetterAlarm, this.oldestMessageAlarm]) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }
}

export type { PipelineAlarmsProps };
export { PipelineAlarms };
