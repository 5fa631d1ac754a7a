<?php
// Reads { "known": {ids, kinds, categories}, "today": "...", "inputs": ["json", ...] } on stdin,
// prints the plugin's verdict for each input as JSON (see contacts-parity.node.test.mjs).
define( 'GUICHET_SECURITE_TESTING', true );
require dirname( __DIR__, 2 ) . '/integrations/wordpress/guichet-securite/includes/class-guichet-securite-contacts.php';
$request = json_decode( file_get_contents( 'php://stdin' ), true, 512 );
$reader  = new Guichet_Securite_Contacts( $request['known']['ids'], $request['known']['kinds'], $request['known']['categories'] );
$out     = array();
foreach ( $request['inputs'] as $input ) {
	$out[] = $reader->parse( $input, $request['today'] );
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
