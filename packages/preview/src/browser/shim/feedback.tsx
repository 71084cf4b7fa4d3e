import type {
  AlertProps,
  EmptyStateProps,
  ErrorStateProps,
  LoadingSpinnerProps,
  ProgressBarProps,
  ScoreProps,
  StepIndicatorProps,
} from '@hubspot/ui-extensions';
import { cx, testIdOf } from './css';

export function Alert(props: AlertProps) {
  const variant = props.variant === 'danger' ? 'error' : (props.variant ?? 'info');
  return (
    <div
      role="alert"
      className={cx('hs-alert', `hs-alert--${variant}`)}
      {...testIdOf(props.testId)}
    >
      <div className="hs-alert-title">{props.title}</div>
      {props.children ? <div className="hs-alert-body">{props.children}</div> : null}
    </div>
  );
}

export function EmptyState(props: EmptyStateProps) {
  return (
    <div
      className={cx('hs-empty-state', props.layout === 'vertical' && 'hs-empty-state--vertical')}
      {...testIdOf(props.testId)}
    >
      <div className="hs-empty-illustration" aria-hidden />
      <div>
        {props.title ? <h3 className="hs-heading">{props.title}</h3> : null}
        {props.children}
      </div>
    </div>
  );
}

export function ErrorState(props: ErrorStateProps) {
  return (
    <div className="hs-error-state" role="alert" {...testIdOf(props.testId)}>
      <div className="hs-error-illustration" aria-hidden>
        !
      </div>
      <h3 className="hs-heading">{props.title ?? 'Something went wrong.'}</h3>
      {props.children}
    </div>
  );
}

export function LoadingSpinner(props: LoadingSpinnerProps) {
  return (
    <div
      className={cx('hs-loading', props.layout === 'centered' && 'hs-loading--centered')}
      role="status"
      aria-label={props.label}
      {...testIdOf(props.testId)}
    >
      <span className="hs-spinner" aria-hidden />
      {props.showLabel ? <span className="hs-text--micro">{props.label}</span> : null}
    </div>
  );
}

export function ProgressBar(props: ProgressBarProps) {
  const max = props.maxValue ?? props.valueMax ?? 100;
  const value = props.value ?? 0;
  const percent = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div className="hs-progress" {...testIdOf(props.testId)}>
      <div className="hs-progress-label">
        <span>{props.title}</span>
        <span>{props.showPercentage ? `${Math.round(percent)}%` : props.valueDescription}</span>
      </div>
      <div
        className="hs-progress-track"
        role="progressbar"
        aria-label={props['aria-label'] ?? props.title}
        aria-valuenow={value}
        aria-valuemax={max}
      >
        <div
          className={cx('hs-progress-fill', props.variant && `hs-progress-fill--${props.variant}`)}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}

export function ScoreCircle(props: ScoreProps) {
  return (
    <span className="hs-score" {...testIdOf(props.testId)}>
      {props.score}
    </span>
  );
}

export function StepIndicator(props: StepIndicatorProps) {
  const current = props.currentStep ?? 0;
  return (
    <ol className={cx('hs-steps', props.direction === 'vertical' && 'hs-steps--vertical')}>
      {props.stepNames.map((name, index) => (
        <li
          key={name}
          className={cx(
            'hs-step',
            index < current && 'hs-step--done',
            index === current && 'hs-step--current',
          )}
          onClick={() => props.onClick?.(index)}
        >
          <span className="hs-step-circle">{index + 1}</span>
          {name}
        </li>
      ))}
    </ol>
  );
}
