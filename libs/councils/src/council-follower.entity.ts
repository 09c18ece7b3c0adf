import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Council } from './council.entity';

/** Someone who follows a council (for notifications). */
@Entity()
export class CouncilFollower {
  @PrimaryColumn('uuid')
  councilId!: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @PrimaryColumn('uuid')
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
