import { useEffect, useState } from 'react';
import type { PreviewExtension } from 'virtual:care-model-extensions';
import type { PreviewLocale } from './host/contextFor';
import { fetchCompany, type CompanyRecord } from './previewApi';
import { SegmentTag } from './SegmentTag';

const aboutFields: [string, string][] = [
  ['domain', 'Company domain name'],
  ['industry', 'Industry'],
  ['city', 'City'],
  ['numberofemployees', 'Number of employees'],
  ['annualrevenue', 'Annual revenue'],
  ['lifecyclestage', 'Lifecycle stage'],
  ['care_value_class', 'Care value class'],
  ['care_potential_score', 'Care potential score'],
  ['care_next_contact_due', 'Next contact due'],
];

type RecordState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; company: CompanyRecord };

/** HubSpot's company record: the About column on the left, the app's cards in the middle tab. */
export function RecordPage(props: {
  companyId: string;
  locale: PreviewLocale;
  propertiesVersion: number;
  cards: PreviewExtension[];
  renderCard: (card: PreviewExtension) => JSX.Element;
}) {
  const [record, setRecord] = useState<RecordState>({ status: 'loading' });
  const [tab, setTab] = useState<'overview' | 'app'>('app');
  useEffect(() => {
    let current = true;
    fetchCompany(props.companyId).then(
      (company) => current && setRecord({ status: 'ready', company }),
      (failure: Error) => current && setRecord({ status: 'error', message: failure.message }),
    );
    return () => {
      current = false;
    };
  }, [props.companyId, props.propertiesVersion]);
  const company = record.status === 'ready' ? record.company : null;
  const middle = props.cards.filter((card) => card.location === 'crm.record.tab');
  const sidebar = props.cards.filter((card) => card.location === 'crm.record.sidebar');
  const value = (name: string) => company?.properties[name] || '—';
  return (
    <main className="preview-record">
      <aside className="preview-about">
        <a className="hs-link" href="#/companies">
          ‹ Companies
        </a>
        {record.status === 'error' ? (
          <div className="hs-alert hs-alert--error">{record.message}</div>
        ) : null}
        <div className="preview-avatar">{(company?.properties.name ?? '?').slice(0, 1)}</div>
        <h1 className="preview-company-name">{company?.properties.name ?? '…'}</h1>
        <div className="preview-about-segment">
          <SegmentTag segment={company?.properties.care_segment ?? null} locale={props.locale} />
        </div>
        <h2 className="preview-section-title">About this company</h2>
        <dl className="preview-about-list">
          <dt>Company owner</dt>
          <dd>{company?.ownerName ?? '—'}</dd>
          {aboutFields.map(([name, label]) => (
            <div key={name} data-property={name}>
              <dt>{label}</dt>
              <dd>{value(name)}</dd>
            </div>
          ))}
        </dl>
      </aside>
      <section className="preview-middle">
        <div role="tablist" className="hs-tablist preview-record-tabs">
          <button
            type="button"
            role="tab"
            className="hs-tab"
            aria-selected={tab === 'overview'}
            onClick={() => setTab('overview')}
          >
            Overview
          </button>
          <button
            type="button"
            role="tab"
            className="hs-tab"
            aria-selected={tab === 'app'}
            onClick={() => setTab('app')}
          >
            Care model
          </button>
        </div>
        {tab === 'app' ? (
          middle.map((card) => <div key={card.uid}>{props.renderCard(card)}</div>)
        ) : (
          <div className="hs-tile">
            <p className="hs-text">
              Overview: HubSpot's own record summary is not part of the preview.
            </p>
          </div>
        )}
      </section>
      {sidebar.length > 0 ? (
        <aside className="preview-sidebar">
          {sidebar.map((card) => (
            <div key={card.uid}>{props.renderCard(card)}</div>
          ))}
        </aside>
      ) : null}
    </main>
  );
}
