import { Button, Flex, Input } from '@hubspot/ui-extensions';
import type { CareConfig } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { LocalizedInputs } from './LocalizedInputs';
import type { SectionProps } from './fieldProps';

type Service = CareConfig['services'][number];

/** The service catalogue (for the services-in-use field, S4). */
export function ServiceSettings({ config, onChange, field }: SectionProps) {
  const { t } = useLocale();
  const setServices = (services: Service[]) => onChange({ ...config, services });
  return (
    <Flex direction="column" gap="sm">
      {config.services.map((service, i) => (
        <Flex key={i} direction="row" gap="sm" align="end">
          <Input
            name={`services.${i}.id`}
            label={t.settings.serviceId}
            value={service.id}
            onChange={(id) =>
              setServices(config.services.map((s, j) => (j === i ? { ...s, id } : s)))
            }
            {...field(`services.${i}.id`)}
          />
          <LocalizedInputs
            name={`services.${i}.label`}
            label={t.settings.label}
            value={service.label}
            onChange={(label) =>
              setServices(config.services.map((s, j) => (j === i ? { ...s, label } : s)))
            }
            field={field}
          />
          <Button
            variant="transparent"
            onClick={() => setServices(config.services.filter((_, j) => j !== i))}
          >
            {t.settings.removeService}
          </Button>
        </Flex>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          setServices([
            ...config.services,
            { id: `service_${config.services.length + 1}`, label: { en: '', fi: '' } },
          ])
        }
      >
        {t.settings.addService}
      </Button>
    </Flex>
  );
}
