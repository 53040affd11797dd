import { CaptionedTable } from '../../../components/captioned-table';
import { slowest } from '../../../engine/answer-time';
import type { Experiment } from '../../../engine/experiment';
import { deviceTimesLead, measuredDevicePath, targetWord } from '../../../share/experiment-text';
import { seconds } from '../../../share/format';

/**
 * How fast the on-device model answers the person's request on each device it was measured on, against the
 * speed they asked for. The estimate counts on the slowest; the table shows how much the devices differ.
 */
export function DeviceSpeed({ experiment }: { experiment: Experiment }) {
  const path = measuredDevicePath(experiment);
  if (!path) return null;
  const { target } = experiment.speed;
  const worst = slowest(path.devices);
  return (
    <div className="min-w-0">
      <h3 className="mb-1 font-bold">How fast on their devices?</h3>
      <CaptionedTable caption={deviceTimesLead(path)}>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="p-1.5">
              Device
            </th>
            <th scope="col" className="p-1.5">
              First token
            </th>
            <th scope="col" className="p-1.5">
              Whole answer
            </th>
            {target && (
              <th scope="col" className="p-1.5">
                Speed asked for
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {path.devices.map((device) => (
            <tr key={device.device} className="border-b border-line">
              <th scope="row" className="p-1.5 font-medium">
                {device.device} <span className="font-normal text-ink-muted">{device.backend}</span>
                {device === worst && (
                  <span className="block text-xs font-normal">Slowest, used in the estimate</span>
                )}
              </th>
              <td className="p-1.5 font-mono">{seconds(device.ttftS)}</td>
              <td className="p-1.5 font-mono">{seconds(device.totalS)}</td>
              {target && <td className="p-1.5">{targetWord(device, target)}</td>}
            </tr>
          ))}
        </tbody>
      </CaptionedTable>
      <p className="mt-1 text-sm text-ink-muted">
        Measured on recent flagships with the maker’s runtime: older and cheaper devices are slower, so time
        the model on the slowest device you support.
      </p>
    </div>
  );
}
