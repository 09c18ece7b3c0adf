import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One census list imported by an agent, with what it brought. */
@Entity()
export class CensusImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  importedBy!: string;

  @Column('int')
  accepted!: number;

  @Column('int')
  rejected!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;
}
