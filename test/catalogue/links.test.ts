import '../helpers/english.js';
import { expect } from '@open-wc/testing';
import { callable, numberLink, smsHref, telHref, textable, webHref } from '../../src/catalogue/links.js';

describe('link rules: the only schemes the elements write', () => {
  it('tel: for a short number or an E.164 number, nothing else', () => {
    expect(telHref('17')).to.equal('tel:17');
    expect(telHref('+33800005696')).to.equal('tel:+33800005696');
    for (const bad of ['1', '1234567', '+0123456789', '17;x', 'javascript:alert(1)', '17 ', ''])
      expect(telHref(bad), bad).to.equal(undefined);
  });

  it('sms: for digits only', () => {
    expect(smsHref('114')).to.equal('sms:114');
    expect(smsHref('33700')).to.equal('sms:33700');
    for (const bad of ['+33612345678', '114?body=x', '1', '11 4', 'sms:114', ''])
      expect(smsHref(bad), bad).to.equal(undefined);
  });

  it('https: addresses without credentials only', () => {
    expect(webHref('https://www.service-public.gouv.fr/x')).to.equal('https://www.service-public.gouv.fr/x');
    for (const bad of [
      'http://example.fr',
      'javascript:alert(1)',
      'https://user:pw@example.fr',
      'data:text/html,x',
      '//example.fr',
    ])
      expect(webHref(bad), bad).to.equal(undefined);
  });

  it('a number that takes text messages is written to; one that takes calls is called', () => {
    expect(numberLink({ number: '114', display: '114', sms: true, voice: false })).to.deep.equal({
      href: 'sms:114',
      channel: 'sms',
    });
    expect(numberLink({ number: '17', display: '17' })).to.deep.equal({ href: 'tel:17', channel: 'phone' });
    expect(numberLink({ number: '+33612345678', display: '06 12 34 56 78', sms: true })).to.deep.equal({
      href: 'tel:+33612345678',
      channel: 'phone',
    });
    expect(numberLink({ number: 'nope', display: 'nope', voice: false })).to.equal(undefined);
    expect(callable({ number: '114', display: '114', voice: false })).to.be.false;
    expect(textable({ number: '3919', display: '3919' })).to.be.false;
  });
});
