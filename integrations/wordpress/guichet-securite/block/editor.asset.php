<?php
/**
 * Dependencies of the block's editor script (no build step: plain JavaScript on WordPress's globals).
 *
 * @package GuichetSecurite
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
