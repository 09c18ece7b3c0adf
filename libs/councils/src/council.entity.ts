import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A neighbourhood council (conseil de quartier). Its rules live in versioned charters. */
@Entity()
export class Council {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text')
  name!: string;

  /**
   * The neighbourhood whose verified residents may support, volunteer…, normalised (accents,
   * case, punctuation folded): the key residency is matched on, never shown to people.
   */
  @Column('text')
  neighbourhood!: string;

  /** The same neighbourhood as the town wrote it ("Les Tilleuls"): what people read. */
  @Column('text')
  neighbourhoodName!: string;

  @Column('text')
  perimeterDescription!: string;

  /** A GeoJSON Polygon or MultiPolygon, validated on the way in. */
  @Column('jsonb', { nullable: true })
  perimeterGeojson!: Record<string, unknown> | null;

  @Column('int')
  charterVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
