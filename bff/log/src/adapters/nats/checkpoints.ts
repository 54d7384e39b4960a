import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { ConsumerCheckpoint } from '../../types.js';
import type { Naming } from './naming.js';

interface CheckpointBody {
  offset: number;
}

/**
 * Durable consumer positions live in one JetStream stream keeping the last message per
 * subject (one subject per consumer and stream), replicated like the log itself.
 */
export function natsCheckpoints(js: JetStreamClient, jsm: JetStreamManager, naming: Naming) {
  const parse = (data: string) => (JSON.parse(data) as CheckpointBody).offset;
  return {
    config: (replicas: number) => ({
      name: naming.checkpointStream,
      subjects: [naming.checkpointWildcard],
      max_msgs_per_subject: 1,
      num_replicas: replicas,
    }),
    async get(consumer: string, stream: string): Promise<number> {
      const msg = await jsm.streams.getMessage(naming.checkpointStream, {
        last_by_subj: naming.checkpointSubject(consumer, stream),
      });
      return msg ? parse(msg.string()) : 0;
    },
    async set(consumer: string, stream: string, offset: number, timeout: number): Promise<void> {
      const body: CheckpointBody = { offset };
      await js.publish(naming.checkpointSubject(consumer, stream), JSON.stringify(body), {
        timeout,
      });
    },
    async list(): Promise<ConsumerCheckpoint[]> {
      const info = await jsm.streams.info(naming.checkpointStream, {
        subjects_filter: naming.checkpointWildcard,
      });
      const subjects = Object.keys(info.state.subjects ?? {}).sort();
      return Promise.all(
        subjects.map(async (subject) => {
          const [, consumer = '', stream = ''] = subject.split('.');
          const msg = await jsm.streams.getMessage(naming.checkpointStream, {
            last_by_subj: subject,
          });
          return { consumer, stream, offset: msg ? parse(msg.string()) : 0 };
        }),
      );
    },
  };
}
