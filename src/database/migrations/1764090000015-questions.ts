import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, instant, int, references, text } from './column-builders';

/**
 * questions: a trade's question bank (题库), one row per version of a question code
 * (docs/exams.md "The question bank"). A version that a sat paper holds is never changed in place.
 */
export class Questions1764090000015 implements MigrationInterface {
  name = 'Questions1764090000015';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'questions',
        columns: [
          id(),
          int('trade_id'),
          text('code', 40),
          int('version'),
          text('fingerprint', 64),
          text('type', 12),
          text('stem', 2000),
          { name: 'options', type: 'text' },
          { name: 'answer', type: 'text' },
          { name: 'area', type: 'text' },
          int('difficulty'),
          { name: 'explanation', type: 'text', isNullable: true },
          text('status', 8),
          { name: 'used_in_paper', type: 'boolean', default: false },
          instant('created_at'),
          instant('updated_at'),
          int('created_by', true),
        ],
        foreignKeys: [references('trade_id', 'trades'), references('created_by', 'users')],
        uniques: [
          { name: 'uq_questions_trade_code_version', columnNames: ['trade_id', 'code', 'version'] },
        ],
        indices: [
          { name: 'idx_questions_trade_list', columnNames: ['trade_id', 'status', 'type', 'area'] },
        ],
        checks: [
          { name: 'chk_questions_status', expression: `status IN ('ACTIVE','RETIRED')` },
          {
            name: 'chk_questions_type',
            expression: `type IN ('SINGLE','MULTIPLE','TRUE_FALSE','BLANK')`,
          },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('questions');
  }
}
