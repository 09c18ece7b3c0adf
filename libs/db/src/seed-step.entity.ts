import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A step of the demo seed already applied, so `npm run seed` can run again safely. */
@Entity()
export class SeedStep {
  @PrimaryColumn('text')
  name!: string;

  @Column('timestamptz', { default: () => 'now()' })
  appliedAt!: Date;
}
