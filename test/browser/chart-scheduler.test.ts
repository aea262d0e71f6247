import { expect } from '@esm-bundle/chai';
import { notifyOutsideResize, observeSize, queueDraw, schedule, unobserveSize, type ChartChange, type ScheduledChart } from '../../src/controllers/chart-scheduler.js';

/** A chart that logs what the scheduler asks of it, and queues its draw when its change is applied. */
function fakeChart(name: string, log: string[], eager = true): ScheduledChart {
  const chart: ScheduledChart = {
    eager,
    readChange: () => {
      log.push(`read ${name}`);
      return 'none' as ChartChange;
    },
    applyChange: () => {
      log.push(`apply ${name}`);
      queueDraw(chart);
    },
    draw: () => log.push(`draw ${name}`),
    resizeTo: (width, height) => log.push(`resize ${name} ${width}x${height}`),
    onNearViewport: () => log.push(`near ${name}`),
  };
  return chart;
}

const task = () => new Promise((resolve) => setTimeout(resolve));

describe('chart scheduler', () => {
  it('reads every chart scheduled in a task before applying any, once each, then draws the eager ones', async () => {
    const log: string[] = [];
    const a = fakeChart('a', log);
    const b = fakeChart('b', log);
    schedule(a);
    schedule(b);
    schedule(a);
    expect(log).to.deep.equal([]);
    await Promise.resolve();
    expect(log).to.deep.equal(['read a', 'read b', 'apply a', 'apply b', 'draw a', 'draw b']);
  });

  it('draws charts that are not eager in a task of their own', async () => {
    const log: string[] = [];
    schedule(fakeChart('lazy', log, false));
    await Promise.resolve();
    expect(log).to.deep.equal(['read lazy', 'apply lazy']);
    await task();
    expect(log).to.deep.equal(['read lazy', 'apply lazy', 'draw lazy']);
  });

  it("passes a box's size on, and defers notices made in the resize callback to a task of their own", async () => {
    const log: string[] = [];
    const box = document.createElement('div');
    box.style.cssText = 'width: 120px; height: 40px';
    document.body.append(box);
    const chart = fakeChart('sized', log);
    chart.resizeTo = (width, height) => {
      log.push(`resize ${Math.round(width)}x${Math.round(height)}`);
      notifyOutsideResize(() => log.push('notice'));
      log.push('resized');
    };
    try {
      expect(observeSize(box, chart)).to.equal(true);
      for (let i = 0; i < 50 && !log.includes('notice'); i++) await task();
      expect(log).to.deep.equal(['resize 120x40', 'resized', 'notice']);
      notifyOutsideResize(() => log.push('now'));
      expect(log.at(-1)).to.equal('now');
    } finally {
      unobserveSize(box);
      box.remove();
    }
  });
});
