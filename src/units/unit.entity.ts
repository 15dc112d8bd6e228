import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { INSTANT_COLUMN } from '../database/columns';

/**
 * A work unit and its union: a tree (federation → district/county → enterprise).
 * `path` is the materialised chain of ids (`/1/4/9/`), so "this unit and every unit below it"
 * is one indexed prefix query (conflicts of interest, coordinators' scope).
 */
@Entity('units')
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Column({ type: 'integer' })
  depth: number;

  @Column(INSTANT_COLUMN)
  createdAt: Date;
}
