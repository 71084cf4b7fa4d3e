import { COMPANY, DEAL, NOTE, TASK } from '../objects/objectTypes';

export interface AssociationType {
  typeId: number;
  fromType: string;
  toType: string;
  inverseTypeId: number;
  category: 'HUBSPOT_DEFINED' | 'USER_DEFINED';
  /** v3 name, e.g. `task_to_company`. */
  name: string;
  /** HubSpot's label of a labelled type (`Primary`); unlabelled types have none. */
  label?: string;
}

/**
 * HubSpot's association type ids between the objects the app uses, as the SDK's
 * `AssociationTypes` enum has them. The unlabelled type of a pair comes first: it is the default.
 */
const hubspotDefined: [number, string, string, number, string, string?][] = [
  [342, COMPANY, DEAL, 341, 'company_to_deal_unlabeled'],
  [341, DEAL, COMPANY, 342, 'deal_to_company_unlabeled'],
  [6, COMPANY, DEAL, 5, 'company_to_deal', 'Primary'],
  [5, DEAL, COMPANY, 6, 'deal_to_company', 'Primary'],
  [191, COMPANY, TASK, 192, 'company_to_task'],
  [192, TASK, COMPANY, 191, 'task_to_company'],
  [189, COMPANY, NOTE, 190, 'company_to_note'],
  [190, NOTE, COMPANY, 189, 'note_to_company'],
  [215, DEAL, TASK, 216, 'deal_to_task'],
  [216, TASK, DEAL, 215, 'task_to_deal'],
  [213, DEAL, NOTE, 214, 'deal_to_note'],
  [214, NOTE, DEAL, 213, 'note_to_deal'],
];

export class AssociationTypeRegistry {
  private readonly byId = new Map<number, AssociationType>();
  private readonly byPair = new Map<string, AssociationType>();
  nextTypeId = 1001;

  constructor() {
    for (const [typeId, fromType, toType, inverseTypeId, name, label] of hubspotDefined) {
      const type: AssociationType = {
        typeId,
        fromType,
        toType,
        inverseTypeId,
        category: 'HUBSPOT_DEFINED',
        name,
      };
      this.register(label ? { ...type, label } : type);
    }
  }

  get(typeId: number): AssociationType | undefined {
    return this.byId.get(typeId);
  }

  /** The default type from one object type to another, created for custom pairs on first use. */
  defaultFor(fromType: string, toType: string, names: (type: string) => string): AssociationType {
    const existing = this.byPair.get(`${fromType}>${toType}`);
    if (existing) return existing;
    const forward = this.nextTypeId;
    const inverse = forward + 1;
    this.nextTypeId += 2;
    const name = (a: string, b: string) => `${names(a)}_to_${names(b)}`;
    this.register({
      typeId: forward,
      fromType,
      toType,
      inverseTypeId: inverse,
      category: 'HUBSPOT_DEFINED',
      name: name(fromType, toType),
    });
    this.register({
      typeId: inverse,
      fromType: toType,
      toType: fromType,
      inverseTypeId: forward,
      category: 'HUBSPOT_DEFINED',
      name: name(toType, fromType),
    });
    return this.defaultFor(fromType, toType, names);
  }

  list(): AssociationType[] {
    return [...this.byId.values()];
  }

  register(type: AssociationType): void {
    this.byId.set(type.typeId, type);
    if (!this.byPair.has(`${type.fromType}>${type.toType}`)) {
      this.byPair.set(`${type.fromType}>${type.toType}`, type);
    }
    if (type.typeId >= this.nextTypeId) this.nextTypeId = type.typeId + 1;
  }
}
