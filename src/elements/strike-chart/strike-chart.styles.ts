import { css } from 'lit';

export const strikeChartStyles = css`
  [part~='headlines'] li {
    margin: 0.125em 0;
    font-weight: 550;
  }
`;
